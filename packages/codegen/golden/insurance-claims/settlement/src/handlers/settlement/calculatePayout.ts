// Calculate Payout (POST /settlements/{settlementId}/calculate-payout)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Settlement and publishes PayoutCalculated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.calculatePayout(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['calculatePayout'] = (ctx, input) => defaults.calculatePayout(ctx, input, {
  // TODO(stormscape): map PayoutCalculated.payout (neither the request of Calculate Payout nor the Settlement carries it).
  payout: () => notMapped("Calculate Payout: PayoutCalculated.payout"),
});
