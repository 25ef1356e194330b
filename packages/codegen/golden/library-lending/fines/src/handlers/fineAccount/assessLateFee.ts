// Assess Late Fee (POST /fine-accounts/{fineAccountId}/assess-late-fee)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';

/**
 * The default changes the FineAccount and publishes LateFeeAssessed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.assessLateFee(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['assessLateFee'] = (ctx, input) => defaults.assessLateFee(ctx, input);
