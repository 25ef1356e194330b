// Policy: Plan a route for every new delivery (automated policy, sticky fd-pol-plan-a-route-for-every-new-delivery)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['planARouteForEveryNewDelivery'] = (ctx, event) => defaults.planARouteForEveryNewDelivery(ctx, event, {
  calculateRoute: {
    // TODO(stormscape): map calculateRoute.pickupAddress (the board leaves it unmapped).
    pickupAddress: () => notMapped("policy \"Plan a route for every new delivery\": calculateRoute.pickupAddress"),
    // TODO(stormscape): map calculateRoute.dropoffAddress (the board leaves it unmapped).
    dropoffAddress: () => notMapped("policy \"Plan a route for every new delivery\": calculateRoute.dropoffAddress"),
  },
});
