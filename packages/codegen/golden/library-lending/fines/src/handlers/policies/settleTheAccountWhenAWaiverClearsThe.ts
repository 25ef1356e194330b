// Policy: Settle the account when a waiver clears the balance (automated policy, sticky ll-pol-settle-the-account-when-a-waiver-clears-the-balance)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['settleTheAccountWhenAWaiverClearsThe'] = (ctx, event) => defaults.settleTheAccountWhenAWaiverClearsThe(ctx, event);
