// Policy: Take payment for every placed order (automated policy, sticky fd-pol-take-payment-for-every-placed-order)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['takePaymentForEveryPlacedOrder'] = (ctx, event) => defaults.takePaymentForEveryPlacedOrder(ctx, event, {
  submitPayment: {
    // TODO(stormscape): map submitPayment.paymentMethodToken (the board leaves it unmapped).
    paymentMethodToken: () => notMapped("policy \"Take payment for every placed order\": submitPayment.paymentMethodToken"),
  },
});
