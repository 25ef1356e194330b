// Return Copy (POST /loans/{loanId}/return-copy)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/loan.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Loan and publishes CopyReturned.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.returnCopy(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['returnCopy'] = (ctx, input) => defaults.returnCopy(ctx, input, {
  // TODO(stormscape): map CopyReturned.daysLate (neither the request of Return Copy nor the Loan carries it).
  daysLate: () => notMapped("Return Copy: CopyReturned.daysLate"),
});
