// Change Menu Item Price (POST /menu-items/{menuItemId}/change-price)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/menuItem.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the MenuItem and publishes MenuItemPriceChanged.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.changeMenuItemPrice(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['changeMenuItemPrice'] = (ctx, input) => defaults.changeMenuItemPrice(ctx, input, {
  // TODO(stormscape): map MenuItemPriceChanged.oldPrice (neither the request of Change Menu Item Price nor the MenuItem carries it).
  oldPrice: () => notMapped("Change Menu Item Price: MenuItemPriceChanged.oldPrice"),
});
