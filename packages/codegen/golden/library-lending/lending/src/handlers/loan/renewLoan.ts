// Renew Loan (POST /loans/{loanId}/renew)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/loan.js';

/**
 * The default changes the Loan and publishes LoanRenewed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.renewLoan(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['renewLoan'] = (ctx, input) => defaults.renewLoan(ctx, input);
