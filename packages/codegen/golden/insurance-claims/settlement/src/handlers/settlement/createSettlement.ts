// Create Settlement (POST /settlements)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';

/**
 * The default creates a Settlement and publishes SettlementCreated.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['createSettlement'] = (ctx, input) => defaults.createSettlement(ctx, input);
