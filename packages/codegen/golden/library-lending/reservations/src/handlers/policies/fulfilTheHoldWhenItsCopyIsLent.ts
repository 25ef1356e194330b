// Policy: Fulfil the hold when its copy is lent (automated policy, sticky ll-pol-fulfil-the-hold-when-its-copy-is-lent)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['fulfilTheHoldWhenItsCopyIsLent'] = (ctx, event) => defaults.fulfilTheHoldWhenItsCopyIsLent(ctx, event);
