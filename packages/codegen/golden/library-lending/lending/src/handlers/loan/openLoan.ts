// Open Loan (POST /loans)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/loan.js';

/**
 * The default creates a Loan and publishes LoanOpened.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['openLoan'] = (ctx, input) => defaults.openLoan(ctx, input);
