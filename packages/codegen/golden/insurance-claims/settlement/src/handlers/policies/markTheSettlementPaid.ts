// Policy: Mark the settlement paid (automated policy, sticky ic-pol-mark-the-settlement-paid)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['markTheSettlementPaid'] = (ctx, event) => defaults.markTheSettlementPaid(ctx, event);
