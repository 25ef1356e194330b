// Accept Delivery Job (POST /deliveries/{deliveryId}/accept-job)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default changes the Delivery and publishes CourierAssigned.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.acceptDeliveryJob(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['acceptDeliveryJob'] = (ctx, input) => defaults.acceptDeliveryJob(ctx, input);
