// Policy: Allocate returned copies to the next hold (automated policy, sticky ll-pol-allocate-returned-copies-to-the-next-hold)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['allocateReturnedCopiesToTheNextHold'] = (ctx, event) => defaults.allocateReturnedCopiesToTheNextHold(ctx, event);
