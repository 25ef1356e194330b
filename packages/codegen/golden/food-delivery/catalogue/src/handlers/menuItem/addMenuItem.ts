// Add Menu Item (POST /menu-items)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/menuItem.js';

/**
 * The default creates a MenuItem and publishes MenuItemAdded.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['addMenuItem'] = (ctx, input) => defaults.addMenuItem(ctx, input);
