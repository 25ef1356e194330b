// Policy: Remind expired members to renew (automated policy, sticky ll-pol-remind-expired-members-to-renew)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['remindExpiredMembersToRenew'] = (ctx, event) => defaults.remindExpiredMembersToRenew(ctx, event);
