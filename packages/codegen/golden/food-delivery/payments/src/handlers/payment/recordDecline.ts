// Record Decline (POST /payments/{paymentId}/record-decline)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/payment.js';

/**
 * The default changes the Payment and publishes PaymentDeclined.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.recordDecline(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['recordDecline'] = (ctx, input) => defaults.recordDecline(ctx, input);
