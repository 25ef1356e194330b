// Charge Replacement Fee (POST /fine-accounts/{fineAccountId}/charge-replacement-fee)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';

/**
 * The default changes the FineAccount and publishes ReplacementFeeCharged.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.chargeReplacementFee(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['chargeReplacementFee'] = (ctx, input) => defaults.chargeReplacementFee(ctx, input);
