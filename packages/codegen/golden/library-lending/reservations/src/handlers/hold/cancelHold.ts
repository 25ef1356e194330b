// Cancel Hold (POST /holds/{holdId}/cancel)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';

/**
 * The default changes the Hold and publishes HoldCancelled.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.cancelHold(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['cancelHold'] = (ctx, input) => defaults.cancelHold(ctx, input);
