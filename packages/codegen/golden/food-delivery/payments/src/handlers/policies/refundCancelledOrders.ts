// Policy: Refund cancelled orders (automated policy, sticky fd-pol-refund-cancelled-orders)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['refundCancelledOrders'] = (ctx, event) => defaults.refundCancelledOrders(ctx, event, {
  refundPayment: {
    // TODO(stormscape): map refundPayment.paymentId (OrderCancelled carries no paymentId and the board maps none).
    paymentId: () => notMapped("policy \"Refund cancelled orders\": refundPayment.paymentId"),
  },
});
