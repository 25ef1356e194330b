// Expire Hold (POST /holds/{holdId}/expire)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';

/**
 * The default changes the Hold and publishes HoldExpired.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['expireHold'] = (ctx, input) => defaults.expireHold(ctx, input);
