// Report Copy As Lost (POST /loans/{loanId}/report-copy-as-lost)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/loan.js';

/**
 * The default changes the Loan and publishes CopyReportedLost.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.reportCopyAsLost(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['reportCopyAsLost'] = (ctx, input) => defaults.reportCopyAsLost(ctx, input);
