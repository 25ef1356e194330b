// Fulfil Hold (POST /holds/{holdId}/fulfil)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';

/**
 * The default changes the Hold and publishes HoldFulfilled.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.fulfilHold(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['fulfilHold'] = (ctx, input) => defaults.fulfilHold(ctx, input);
