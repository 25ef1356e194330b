// Policy: Activate members with a verified address (automated policy, sticky ll-pol-activate-members-with-a-verified-address)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['activateMembersWithAVerifiedAddress'] = (ctx, event) => defaults.activateMembersWithAVerifiedAddress(ctx, event, {
  activateMembership: {
    // TODO(stormscape): map activateMembership.membershipId (AddressVerified carries no membershipId and the board maps none).
    membershipId: () => notMapped("policy \"Activate members with a verified address\": activateMembership.membershipId"),
  },
});
