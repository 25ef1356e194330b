// Policy: Capture payment when the kitchen accepts (automated policy, sticky fd-pol-capture-payment-when-the-kitchen-accepts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['capturePaymentWhenTheKitchenAccepts'] = (ctx, event) => defaults.capturePaymentWhenTheKitchenAccepts(ctx, event, {
  captureCardPayment: {
    // TODO(stormscape): map captureCardPayment.paymentId (the board leaves it unmapped).
    paymentId: () => notMapped("policy \"Capture payment when the kitchen accepts\": captureCardPayment.paymentId"),
    // TODO(stormscape): map captureCardPayment.amount (the board leaves it unmapped).
    amount: () => notMapped("policy \"Capture payment when the kitchen accepts\": captureCardPayment.amount"),
  },
});
