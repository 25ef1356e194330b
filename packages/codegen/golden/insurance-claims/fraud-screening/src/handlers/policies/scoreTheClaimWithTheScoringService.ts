// Policy: Score the claim with the scoring service (automated policy, sticky ic-pol-score-the-claim-with-the-scoring-service)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['scoreTheClaimWithTheScoringService'] = (ctx, event) => defaults.scoreTheClaimWithTheScoringService(ctx, event, {
  requestFraudScore: {
    // TODO(stormscape): map requestFraudScore.policyNumber (the board leaves it unmapped).
    policyNumber: () => notMapped("policy \"Score the claim with the scoring service\": requestFraudScore.policyNumber"),
  },
});
