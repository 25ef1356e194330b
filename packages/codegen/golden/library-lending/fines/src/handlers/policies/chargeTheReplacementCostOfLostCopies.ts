// Policy: Charge the replacement cost of lost copies (automated policy, sticky ll-pol-charge-the-replacement-cost-of-lost-copies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['chargeTheReplacementCostOfLostCopies'] = (ctx, event) => defaults.chargeTheReplacementCostOfLostCopies(ctx, event, {
  chargeReplacementFee: {
    // TODO(stormscape): map chargeReplacementFee.fineAccountId (CopyReportedLost carries no fineAccountId and the board maps none).
    fineAccountId: () => notMapped("policy \"Charge the replacement cost of lost copies\": chargeReplacementFee.fineAccountId"),
    // TODO(stormscape): map chargeReplacementFee.amount (the board leaves it unmapped).
    amount: () => notMapped("policy \"Charge the replacement cost of lost copies\": chargeReplacementFee.amount"),
  },
});
