// Confirm Drop-off (POST /deliveries/{deliveryId}/confirm-drop-off)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/delivery.js';

/**
 * The default changes the Delivery and publishes OrderDelivered.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.confirmDropOff(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['confirmDropOff'] = (ctx, input) => defaults.confirmDropOff(ctx, input);
