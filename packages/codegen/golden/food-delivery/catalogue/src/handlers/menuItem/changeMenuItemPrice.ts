// Change Menu Item Price (POST /menu-items/{menuItemId}/change-price)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/menuItem.js';

/**
 * The default changes the MenuItem and publishes MenuItemPriceChanged.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['changeMenuItemPrice'] = (ctx, input) => defaults.changeMenuItemPrice(ctx, input);
