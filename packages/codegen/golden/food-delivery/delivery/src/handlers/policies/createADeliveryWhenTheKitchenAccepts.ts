// Policy: Create a delivery when the kitchen accepts (automated policy, sticky fd-pol-create-a-delivery-when-the-kitchen-accepts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['createADeliveryWhenTheKitchenAccepts'] = (ctx, event) => defaults.createADeliveryWhenTheKitchenAccepts(ctx, event);
