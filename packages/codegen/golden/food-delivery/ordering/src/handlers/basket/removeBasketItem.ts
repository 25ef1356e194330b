// Remove Basket Item (POST /baskets/{basketId}/remove-item)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/basket.js';

/**
 * The default changes the Basket and publishes BasketItemRemoved.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['removeBasketItem'] = (ctx, input) => defaults.removeBasketItem(ctx, input);
