// Expire Hold (POST /holds/{holdId}/expire)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Hold and publishes HoldExpired.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.expireHold(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['expireHold'] = (ctx, input) => defaults.expireHold(ctx, input, {
  // TODO(stormscape): map HoldExpired.barcode (neither the request of Expire Hold nor the Hold carries it).
  barcode: () => notMapped("Expire Hold: HoldExpired.barcode"),
});
