// Place Hold (POST /holds)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';

/**
 * The default creates a Hold and publishes HoldPlaced.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.placeHold(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['placeHold'] = (ctx, input) => defaults.placeHold(ctx, input);
