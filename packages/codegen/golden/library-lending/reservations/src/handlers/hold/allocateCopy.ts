// Allocate Copy (POST /holds/{holdId}/allocate-copy)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/hold.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Hold and publishes CopyAllocatedToHold.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.allocateCopy(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['allocateCopy'] = (ctx, input) => defaults.allocateCopy(ctx, input, {
  // TODO(stormscape): map CopyAllocatedToHold.collectBy (neither the request of Allocate Copy nor the Hold carries it).
  collectBy: () => notMapped("Allocate Copy: CopyAllocatedToHold.collectBy"),
});
