// Policy: Pass an expired hold’s copy to the next member (automated policy, sticky ll-pol-pass-an-expired-hold-s-copy-to-the-next-member)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['passAnExpiredHoldSCopyToThe'] = (ctx, event) => defaults.passAnExpiredHoldSCopyToThe(ctx, event);
