// Policy: Tell the courier the food is ready (automated policy, sticky fd-pol-tell-the-courier-the-food-is-ready)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['tellTheCourierTheFoodIsReady'] = (ctx, event) => defaults.tellTheCourierTheFoodIsReady(ctx, event, {
  sendCourierNotification: {
    // TODO(stormscape): map sendCourierNotification.courierId (the board leaves it unmapped).
    courierId: () => notMapped("policy \"Tell the courier the food is ready\": sendCourierNotification.courierId"),
  },
});
