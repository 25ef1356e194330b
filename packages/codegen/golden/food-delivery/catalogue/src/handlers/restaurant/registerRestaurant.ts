// Register Restaurant (POST /restaurants)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/restaurant.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Restaurant and publishes RestaurantRegistered.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.registerRestaurant(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['registerRestaurant'] = (ctx, input) => defaults.registerRestaurant(ctx, input, {
  // TODO(stormscape): map Restaurant.menuVersion (the request of Register Restaurant does not carry it).
  menuVersion: () => notMapped("Register Restaurant: Restaurant.menuVersion"),
});
