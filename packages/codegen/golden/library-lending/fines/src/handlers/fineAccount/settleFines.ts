// Settle Fines (POST /fine-accounts/{fineAccountId}/settle-fines)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';

/**
 * The default changes the FineAccount and publishes FinesSettled.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.settleFines(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['settleFines'] = (ctx, input) => defaults.settleFines(ctx, input);
