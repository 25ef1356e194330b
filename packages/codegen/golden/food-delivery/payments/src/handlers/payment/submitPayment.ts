// Submit Payment (POST /payments)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/payment.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Payment and publishes PaymentSubmitted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.submitPayment(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['submitPayment'] = (ctx, input) => defaults.submitPayment(ctx, input, {
  // TODO(stormscape): map Payment.status (the request of Submit Payment does not carry it).
  status: () => notMapped("Submit Payment: Payment.status"),
});
