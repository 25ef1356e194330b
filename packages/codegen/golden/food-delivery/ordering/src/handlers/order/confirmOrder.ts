// Confirm Order (POST /orders/{orderId}/confirm)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';

/**
 * The default changes the Order and publishes OrderConfirmed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.confirmOrder(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['confirmOrder'] = (ctx, input) => defaults.confirmOrder(ctx, input);
