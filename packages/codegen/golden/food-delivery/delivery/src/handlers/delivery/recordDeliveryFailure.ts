// Record Delivery Failure (POST /deliveries/{deliveryId}/record-failure)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default changes the Delivery and publishes DeliveryFailed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.recordDeliveryFailure(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['recordDeliveryFailure'] = (ctx, input) => defaults.recordDeliveryFailure(ctx, input);
