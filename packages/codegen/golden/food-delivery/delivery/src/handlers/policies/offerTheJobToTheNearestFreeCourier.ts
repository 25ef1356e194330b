// Policy: Offer the job to the nearest free courier (automated policy, sticky fd-pol-offer-the-job-to-the-nearest-free-courier)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['offerTheJobToTheNearestFreeCourier'] = (ctx, event) => defaults.offerTheJobToTheNearestFreeCourier(ctx, event, {
  offerDeliveryJob: {
    // TODO(stormscape): map offerDeliveryJob.courierId (the board leaves it unmapped).
    courierId: () => notMapped("policy \"Offer the job to the nearest free courier\": offerDeliveryJob.courierId"),
  },
});
