// Register Copy (POST /copies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/copy.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Copy and publishes CopyRegistered. Refusing it (refuse.registerCopy) publishes CopyRegistrationRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.registerCopy(ctx, input, reason, open)`: it publishes CopyRegistrationRefused
 * and answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['registerCopy'] = (ctx, input) => defaults.registerCopy(ctx, input, {
  // TODO(stormscape): map Copy.shelfMark (the request of Register Copy does not carry it).
  shelfMark: () => notMapped("Register Copy: Copy.shelfMark"),
});
