// Register Copy (POST /copies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/copy.js';

/**
 * The default creates a Copy and publishes CopyRegistered. Refusing it (refuse.registerCopy) publishes CopyRegistrationRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.registerCopy(ctx, input, reason)`: it publishes CopyRegistrationRefused
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['registerCopy'] = (ctx, input) => defaults.registerCopy(ctx, input);
