// Policy: Withdraw copies reported lost (automated policy, sticky ll-pol-withdraw-copies-reported-lost)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['withdrawCopiesReportedLost'] = (ctx, event) => defaults.withdrawCopiesReportedLost(ctx, event, {
  withdrawCopy: {
    // TODO(stormscape): map withdrawCopy.copyId (CopyReportedLost carries no copyId and the board maps none).
    copyId: () => notMapped("policy \"Withdraw copies reported lost\": withdrawCopy.copyId"),
  },
});
