// Policy: Close the assessment of a withdrawn claim (automated policy, sticky ic-pol-close-the-assessment-of-a-withdrawn-claim)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['closeTheAssessmentOfAWithdrawnClaim'] = (ctx, event) => defaults.closeTheAssessmentOfAWithdrawnClaim(ctx, event, {
  closeAssessment: {
    // TODO(stormscape): map closeAssessment.assessmentId (ClaimWithdrawn carries no assessmentId and the board maps none).
    assessmentId: () => notMapped("policy \"Close the assessment of a withdrawn claim\": closeAssessment.assessmentId"),
  },
});
