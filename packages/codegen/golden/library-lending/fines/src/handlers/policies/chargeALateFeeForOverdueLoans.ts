// Policy: Charge a late fee for overdue loans (automated policy, sticky ll-pol-charge-a-late-fee-for-overdue-loans)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['chargeALateFeeForOverdueLoans'] = (ctx, event) => defaults.chargeALateFeeForOverdueLoans(ctx, event, {
  assessLateFee: {
    // TODO(stormscape): map assessLateFee.fineAccountId (OverdueLoanFlagged carries no fineAccountId and the board maps none).
    fineAccountId: () => notMapped("policy \"Charge a late fee for overdue loans\": assessLateFee.fineAccountId"),
    // TODO(stormscape): map assessLateFee.amount (the board leaves it unmapped).
    amount: () => notMapped("policy \"Charge a late fee for overdue loans\": assessLateFee.amount"),
  },
});
