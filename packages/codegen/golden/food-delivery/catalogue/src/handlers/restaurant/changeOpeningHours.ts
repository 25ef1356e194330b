// Change Opening Hours (POST /restaurants/{restaurantId}/change-opening-hours)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/restaurant.js';

/**
 * The default changes the Restaurant and publishes OpeningHoursChanged.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.changeOpeningHours(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['changeOpeningHours'] = (ctx, input) => defaults.changeOpeningHours(ctx, input);
