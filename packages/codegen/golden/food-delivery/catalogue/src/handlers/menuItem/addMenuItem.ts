// Add Menu Item (POST /menu-items)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/menuItem.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a MenuItem and publishes MenuItemAdded.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.addMenuItem(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['addMenuItem'] = (ctx, input) => defaults.addMenuItem(ctx, input, {
  // TODO(stormscape): map MenuItem.available (the request of Add Menu Item does not carry it).
  available: () => notMapped("Add Menu Item: MenuItem.available"),
});
