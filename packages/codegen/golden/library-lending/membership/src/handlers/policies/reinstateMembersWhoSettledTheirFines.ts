// Policy: Reinstate members who settled their fines (automated policy, sticky ll-pol-reinstate-members-who-settled-their-fines)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['reinstateMembersWhoSettledTheirFines'] = (ctx, event) => defaults.reinstateMembersWhoSettledTheirFines(ctx, event, {
  reinstateMembership: {
    // TODO(stormscape): map reinstateMembership.membershipId (FinesSettled carries no membershipId and the board maps none).
    membershipId: () => notMapped("policy \"Reinstate members who settled their fines\": reinstateMembership.membershipId"),
  },
});
