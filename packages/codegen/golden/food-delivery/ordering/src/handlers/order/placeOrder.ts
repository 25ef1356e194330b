// Place Order (POST /orders)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';

/**
 * The default creates an Order and publishes OrderPlaced.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['placeOrder'] = (ctx, input) => defaults.placeOrder(ctx, input);
