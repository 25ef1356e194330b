// Register Restaurant (POST /restaurants)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/restaurant.js';

/**
 * The default creates a Restaurant and publishes RestaurantRegistered.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.registerRestaurant(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['registerRestaurant'] = (ctx, input) => defaults.registerRestaurant(ctx, input);
