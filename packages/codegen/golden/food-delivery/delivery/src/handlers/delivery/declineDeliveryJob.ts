// Decline Delivery Job (POST /deliveries/{deliveryId}/decline-job)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default changes the Delivery and publishes DeliveryJobDeclined.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.declineDeliveryJob(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['declineDeliveryJob'] = (ctx, input) => defaults.declineDeliveryJob(ctx, input);
