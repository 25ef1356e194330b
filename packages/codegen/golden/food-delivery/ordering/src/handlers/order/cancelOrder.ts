// Cancel Order (POST /orders/{orderId}/cancel)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';

/**
 * The default changes the Order and publishes OrderCancelled.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['cancelOrder'] = (ctx, input) => defaults.cancelOrder(ctx, input);
