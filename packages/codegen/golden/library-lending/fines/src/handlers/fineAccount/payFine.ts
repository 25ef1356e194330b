// Pay Fine (POST /fine-accounts/{fineAccountId}/pay)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';

/**
 * The default changes the FineAccount and publishes FinePaid.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.payFine(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['payFine'] = (ctx, input) => defaults.payFine(ctx, input);
