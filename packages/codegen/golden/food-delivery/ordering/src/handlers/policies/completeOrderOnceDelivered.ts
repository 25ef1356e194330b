// Policy: Complete order once delivered (automated policy, sticky fd-pol-complete-order-once-delivered)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['completeOrderOnceDelivered'] = (ctx, event) => defaults.completeOrderOnceDelivered(ctx, event);
