// Add Item To Basket (POST /baskets)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/basket.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Basket and publishes ItemAddedToBasket.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.addItemToBasket(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['addItemToBasket'] = (ctx, input) => defaults.addItemToBasket(ctx, input, {
  // TODO(stormscape): map Basket.restaurantId (the request of Add Item To Basket does not carry it).
  restaurantId: () => notMapped("Add Item To Basket: Basket.restaurantId"),
});
