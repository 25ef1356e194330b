// Place Order (POST /orders)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates an Order and publishes OrderPlaced.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.placeOrder(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['placeOrder'] = (ctx, input) => defaults.placeOrder(ctx, input, {
  // TODO(stormscape): map Order.customerId (the request of Place Order does not carry it).
  customerId: () => notMapped("Place Order: Order.customerId"),
  // TODO(stormscape): map Order.restaurantId (the request of Place Order does not carry it).
  restaurantId: () => notMapped("Place Order: Order.restaurantId"),
  // TODO(stormscape): map Order.total (the request of Place Order does not carry it).
  total: () => notMapped("Place Order: Order.total"),
});
