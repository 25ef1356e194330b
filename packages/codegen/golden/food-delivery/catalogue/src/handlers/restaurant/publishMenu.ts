// Publish Menu (POST /restaurants/{restaurantId}/publish-menu)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/restaurant.js';

/**
 * The default changes the Restaurant and publishes MenuPublished.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.publishMenu(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['publishMenu'] = (ctx, input) => defaults.publishMenu(ctx, input);
