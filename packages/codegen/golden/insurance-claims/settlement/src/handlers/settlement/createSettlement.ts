// Create Settlement (POST /settlements)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Settlement and publishes SettlementCreated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.createSettlement(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['createSettlement'] = (ctx, input) => defaults.createSettlement(ctx, input, {
  // TODO(stormscape): map Settlement.excess (the request of Create Settlement does not carry it).
  excess: () => notMapped("Create Settlement: Settlement.excess"),
});
