// Policy: Fulfil the hold when its copy is lent (automated policy, sticky ll-pol-fulfil-the-hold-when-its-copy-is-lent)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['fulfilTheHoldWhenItsCopyIsLent'] = (ctx, event) => defaults.fulfilTheHoldWhenItsCopyIsLent(ctx, event, {
  fulfilHold: {
    // TODO(stormscape): map fulfilHold.holdId (LoanOpened carries no holdId and the board maps none).
    holdId: () => notMapped("policy \"Fulfil the hold when its copy is lent\": fulfilHold.holdId"),
  },
});
