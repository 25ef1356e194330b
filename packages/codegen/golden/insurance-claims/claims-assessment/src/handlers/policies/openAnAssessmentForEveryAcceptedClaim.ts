// Policy: Open an assessment for every accepted claim (automated policy, sticky ic-pol-open-an-assessment-for-every-accepted-claim)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['openAnAssessmentForEveryAcceptedClaim'] = (ctx, event) => defaults.openAnAssessmentForEveryAcceptedClaim(ctx, event, {
  openAssessment: {
    // TODO(stormscape): map openAssessment.peril (the board leaves it unmapped).
    peril: () => notMapped("policy \"Open an assessment for every accepted claim\": openAssessment.peril"),
  },
});
