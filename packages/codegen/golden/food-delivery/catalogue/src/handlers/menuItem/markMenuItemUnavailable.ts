// Mark Menu Item Unavailable (POST /menu-items/{menuItemId}/mark-unavailable)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/menuItem.js';

/**
 * The default changes the MenuItem and publishes MenuItemMarkedUnavailable.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.markMenuItemUnavailable(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['markMenuItemUnavailable'] = (ctx, input) => defaults.markMenuItemUnavailable(ctx, input);
