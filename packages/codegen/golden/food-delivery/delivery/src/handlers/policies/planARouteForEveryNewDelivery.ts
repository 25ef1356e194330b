// Policy: Plan a route for every new delivery (automated policy, sticky fd-pol-plan-a-route-for-every-new-delivery)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['planARouteForEveryNewDelivery'] = (ctx, event) => defaults.planARouteForEveryNewDelivery(ctx, event);
