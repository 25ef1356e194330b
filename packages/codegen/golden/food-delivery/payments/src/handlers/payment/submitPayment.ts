// Submit Payment (POST /payments)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/payment.js';

/**
 * The default creates a Payment and publishes PaymentSubmitted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.submitPayment(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['submitPayment'] = (ctx, input) => defaults.submitPayment(ctx, input);
