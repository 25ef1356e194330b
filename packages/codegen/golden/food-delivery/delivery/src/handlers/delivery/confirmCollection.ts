// Confirm Collection (POST /deliveries/{deliveryId}/confirm-collection)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default changes the Delivery and publishes OrderCollected.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.confirmCollection(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['confirmCollection'] = (ctx, input) => defaults.confirmCollection(ctx, input);
