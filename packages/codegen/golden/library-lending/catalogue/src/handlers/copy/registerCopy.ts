// Register Copy (POST /copies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/copy.js';

/**
 * The default creates a Copy and publishes CopyRegistered.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['registerCopy'] = (ctx, input) => defaults.registerCopy(ctx, input);
