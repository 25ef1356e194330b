// Cancel Order (POST /orders/{orderId}/cancel)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Order and publishes OrderCancelled.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.cancelOrder(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['cancelOrder'] = (ctx, input) => defaults.cancelOrder(ctx, input, {
  // TODO(stormscape): map OrderCancelled.cancelledBy (neither the request of Cancel Order nor the Order carries it).
  cancelledBy: () => notMapped("Cancel Order: OrderCancelled.cancelledBy"),
});
