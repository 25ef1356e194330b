// Place Hold (POST /holds)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Hold and publishes HoldPlaced.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.placeHold(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['placeHold'] = (ctx, input) => defaults.placeHold(ctx, input, {
  // TODO(stormscape): map Hold.status (the request of Place Hold does not carry it).
  status: () => notMapped("Place Hold: Hold.status"),
});
