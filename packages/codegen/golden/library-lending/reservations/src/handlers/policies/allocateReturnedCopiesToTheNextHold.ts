// Policy: Allocate returned copies to the next hold (automated policy, sticky ll-pol-allocate-returned-copies-to-the-next-hold)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['allocateReturnedCopiesToTheNextHold'] = (ctx, event) => defaults.allocateReturnedCopiesToTheNextHold(ctx, event, {
  allocateCopy: {
    // TODO(stormscape): map allocateCopy.holdId (CopyReturned carries no holdId and the board maps none).
    holdId: () => notMapped("policy \"Allocate returned copies to the next hold\": allocateCopy.holdId"),
    // TODO(stormscape): map allocateCopy.titleId (the board says: look it up in read model "Hold Queue" (field "titleId")).
    titleId: () => notMapped("policy \"Allocate returned copies to the next hold\": allocateCopy.titleId"),
  },
});
