// Create Delivery (POST /deliveries)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default creates a Delivery and publishes DeliveryCreated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.createDelivery(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['createDelivery'] = (ctx, input) => defaults.createDelivery(ctx, input);
