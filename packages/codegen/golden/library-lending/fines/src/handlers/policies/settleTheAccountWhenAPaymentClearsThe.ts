// Policy: Settle the account when a payment clears the balance (automated policy, sticky ll-pol-settle-the-account-when-a-payment-clears-the-balance)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['settleTheAccountWhenAPaymentClearsThe'] = (ctx, event) => defaults.settleTheAccountWhenAPaymentClearsThe(ctx, event);
