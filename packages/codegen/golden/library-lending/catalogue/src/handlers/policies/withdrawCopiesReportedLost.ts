// Policy: Withdraw copies reported lost (automated policy, sticky ll-pol-withdraw-copies-reported-lost)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['withdrawCopiesReportedLost'] = (ctx, event) => defaults.withdrawCopiesReportedLost(ctx, event);
