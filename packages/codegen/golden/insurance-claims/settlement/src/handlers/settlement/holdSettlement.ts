// Hold Settlement (POST /settlements/{settlementId}/hold)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';

/**
 * The default changes the Settlement and publishes SettlementHeld.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.holdSettlement(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['holdSettlement'] = (ctx, input) => defaults.holdSettlement(ctx, input);
