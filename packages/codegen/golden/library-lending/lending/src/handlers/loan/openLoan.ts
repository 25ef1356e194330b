// Open Loan (POST /loans)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/loan.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Loan and publishes LoanOpened.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openLoan(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['openLoan'] = (ctx, input) => defaults.openLoan(ctx, input, {
  // TODO(stormscape): map Loan.dueOn (the request of Open Loan does not carry it).
  dueOn: () => notMapped("Open Loan: Loan.dueOn"),
  // TODO(stormscape): map Loan.renewals (the request of Open Loan does not carry it).
  renewals: () => notMapped("Open Loan: Loan.renewals"),
});
