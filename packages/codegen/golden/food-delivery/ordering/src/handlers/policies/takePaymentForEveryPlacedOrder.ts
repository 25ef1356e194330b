// Policy: Take payment for every placed order (automated policy, sticky fd-pol-take-payment-for-every-placed-order)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['takePaymentForEveryPlacedOrder'] = (ctx, event) => defaults.takePaymentForEveryPlacedOrder(ctx, event);
