// Policy: Refund failed deliveries (automated policy, sticky fd-pol-refund-failed-deliveries)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['refundFailedDeliveries'] = (ctx, event) => defaults.refundFailedDeliveries(ctx, event, {
  refundPayment: {
    // TODO(stormscape): map refundPayment.paymentId (DeliveryFailed carries no paymentId and the board maps none).
    paymentId: () => notMapped("policy \"Refund failed deliveries\": refundPayment.paymentId"),
  },
});
