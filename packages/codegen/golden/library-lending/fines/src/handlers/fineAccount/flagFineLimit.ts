// Flag Fine Limit (POST /fine-accounts/{fineAccountId}/flag-limit)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';

/**
 * The default changes the FineAccount and publishes FineLimitExceeded.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.flagFineLimit(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['flagFineLimit'] = (ctx, input) => defaults.flagFineLimit(ctx, input);
