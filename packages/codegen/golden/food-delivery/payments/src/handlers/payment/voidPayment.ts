// Void Payment (POST /payments/{paymentId}/void)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/payment.js';

/**
 * The default changes the Payment and publishes PaymentVoided.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.voidPayment(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['voidPayment'] = (ctx, input) => defaults.voidPayment(ctx, input);
