// Policy: Remind expired members to renew (automated policy, sticky ll-pol-remind-expired-members-to-renew)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['remindExpiredMembersToRenew'] = (ctx, event) => defaults.remindExpiredMembersToRenew(ctx, event, {
  sendRenewalReminder: {
    // TODO(stormscape): map sendRenewalReminder.email (the board leaves it unmapped).
    email: () => notMapped("policy \"Remind expired members to renew\": sendRenewalReminder.email"),
  },
});
