// Complete Order (POST /orders/{orderId}/complete)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';

/**
 * The default changes the Order and publishes OrderCompleted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.completeOrder(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['completeOrder'] = (ctx, input) => defaults.completeOrder(ctx, input);
