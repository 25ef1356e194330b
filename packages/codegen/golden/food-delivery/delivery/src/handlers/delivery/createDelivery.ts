// Create Delivery (POST /deliveries)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Delivery and publishes DeliveryCreated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.createDelivery(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['createDelivery'] = (ctx, input) => defaults.createDelivery(ctx, input, {
  // TODO(stormscape): map Delivery.status (the request of Create Delivery does not carry it).
  status: () => notMapped("Create Delivery: Delivery.status"),
});
