// Remove Basket Item (POST /baskets/{basketId}/remove-item)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/basket.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Basket and publishes BasketItemRemoved.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.removeBasketItem(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['removeBasketItem'] = (ctx, input) => defaults.removeBasketItem(ctx, input, {
  // TODO(stormscape): map BasketItemRemoved.reason (neither the request of Remove Basket Item nor the Basket carries it).
  reason: () => notMapped("Remove Basket Item: BasketItemRemoved.reason"),
});
