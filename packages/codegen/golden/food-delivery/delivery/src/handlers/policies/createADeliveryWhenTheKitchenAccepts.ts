// Policy: Create a delivery when the kitchen accepts (automated policy, sticky fd-pol-create-a-delivery-when-the-kitchen-accepts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['createADeliveryWhenTheKitchenAccepts'] = (ctx, event) => defaults.createADeliveryWhenTheKitchenAccepts(ctx, event, {
  createDelivery: {
    // TODO(stormscape): map createDelivery.pickupAddress (the board leaves it unmapped).
    pickupAddress: () => notMapped("policy \"Create a delivery when the kitchen accepts\": createDelivery.pickupAddress"),
    // TODO(stormscape): map createDelivery.dropoffAddress (the board leaves it unmapped).
    dropoffAddress: () => notMapped("policy \"Create a delivery when the kitchen accepts\": createDelivery.dropoffAddress"),
  },
});
