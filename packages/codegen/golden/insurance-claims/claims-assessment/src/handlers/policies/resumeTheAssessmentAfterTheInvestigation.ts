// Policy: Resume the assessment after the investigation (automated policy, sticky ic-pol-resume-the-assessment-after-the-investigation)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['resumeTheAssessmentAfterTheInvestigation'] = (ctx, event) => defaults.resumeTheAssessmentAfterTheInvestigation(ctx, event, {
  resumeAssessment: {
    // TODO(stormscape): map resumeAssessment.assessmentId (InvestigationConcluded carries no assessmentId and the board maps none).
    assessmentId: () => notMapped("policy \"Resume the assessment after the investigation\": resumeAssessment.assessmentId"),
  },
});
