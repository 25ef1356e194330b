// Policy: Lapse policies at the end of their term (automated policy, sticky ic-pol-lapse-policies-at-the-end-of-their-term)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['lapsePoliciesAtTheEndOfTheirTerm'] = (ctx, event) => defaults.lapsePoliciesAtTheEndOfTheirTerm(ctx, event, {
  lapsePolicy: {
    // TODO(stormscape): map lapsePolicy.insurancePolicyId (PolicyTermEnded carries no insurancePolicyId and the board maps none).
    insurancePolicyId: () => notMapped("policy \"Lapse policies at the end of their term\": lapsePolicy.insurancePolicyId"),
  },
});
