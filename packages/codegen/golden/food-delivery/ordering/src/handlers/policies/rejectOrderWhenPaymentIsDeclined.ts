// Policy: Reject order when payment is declined (automated policy, sticky fd-pol-reject-order-when-payment-is-declined)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['rejectOrderWhenPaymentIsDeclined'] = (ctx, event) => defaults.rejectOrderWhenPaymentIsDeclined(ctx, event);
