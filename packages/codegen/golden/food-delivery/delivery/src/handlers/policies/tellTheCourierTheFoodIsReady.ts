// Policy: Tell the courier the food is ready (automated policy, sticky fd-pol-tell-the-courier-the-food-is-ready)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['tellTheCourierTheFoodIsReady'] = (ctx, event) => defaults.tellTheCourierTheFoodIsReady(ctx, event);
