// Offer Delivery Job (POST /deliveries/{deliveryId}/offer-job)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default changes the Delivery and publishes DeliveryJobOffered.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.offerDeliveryJob(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['offerDeliveryJob'] = (ctx, input) => defaults.offerDeliveryJob(ctx, input);
