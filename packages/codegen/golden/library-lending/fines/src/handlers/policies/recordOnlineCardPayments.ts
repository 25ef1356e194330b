// Policy: Record online card payments (automated policy, sticky ll-pol-record-online-card-payments)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['recordOnlineCardPayments'] = (ctx, event) => defaults.recordOnlineCardPayments(ctx, event);
