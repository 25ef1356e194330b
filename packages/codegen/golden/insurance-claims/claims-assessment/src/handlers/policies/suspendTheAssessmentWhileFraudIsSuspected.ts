// Policy: Suspend the assessment while fraud is suspected (automated policy, sticky ic-pol-suspend-the-assessment-while-fraud-is-suspected)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['suspendTheAssessmentWhileFraudIsSuspected'] = (ctx, event) => defaults.suspendTheAssessmentWhileFraudIsSuspected(ctx, event, {
  suspendAssessment: {
    // TODO(stormscape): map suspendAssessment.assessmentId (FraudSuspected carries no assessmentId and the board maps none).
    assessmentId: () => notMapped("policy \"Suspend the assessment while fraud is suspected\": suspendAssessment.assessmentId"),
  },
});
