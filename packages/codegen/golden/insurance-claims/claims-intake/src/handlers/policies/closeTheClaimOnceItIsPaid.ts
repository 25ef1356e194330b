// Policy: Close the claim once it is paid (automated policy, sticky ic-pol-close-the-claim-once-it-is-paid)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['closeTheClaimOnceItIsPaid'] = (ctx, event) => defaults.closeTheClaimOnceItIsPaid(ctx, event);
