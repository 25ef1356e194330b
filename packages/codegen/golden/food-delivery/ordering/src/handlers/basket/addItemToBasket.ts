// Add Item To Basket (POST /baskets)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/basket.js';

/**
 * The default creates a Basket and publishes ItemAddedToBasket.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['addItemToBasket'] = (ctx, input) => defaults.addItemToBasket(ctx, input);
