// Policy: Calculate the payout after the excess (automated policy, sticky ic-pol-calculate-the-payout-after-the-excess)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['calculateThePayoutAfterTheExcess'] = (ctx, event) => defaults.calculateThePayoutAfterTheExcess(ctx, event, {
  calculatePayout: {
    // TODO(stormscape): map calculatePayout.excess (the board says: look it up in read model "Policy Excess" (field "excess")).
    excess: () => notMapped("policy \"Calculate the payout after the excess\": calculatePayout.excess"),
  },
});
