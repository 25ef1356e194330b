// Policy: Ask for proof when the address is rejected (automated policy, sticky ll-pol-ask-for-proof-when-the-address-is-rejected)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['askForProofWhenTheAddressIsRejected'] = (ctx, event) => defaults.askForProofWhenTheAddressIsRejected(ctx, event, {
  requestProofOfAddress: {
    // TODO(stormscape): map requestProofOfAddress.membershipId (AddressRejected carries no membershipId and the board maps none).
    membershipId: () => notMapped("policy \"Ask for proof when the address is rejected\": requestProofOfAddress.membershipId"),
  },
});
