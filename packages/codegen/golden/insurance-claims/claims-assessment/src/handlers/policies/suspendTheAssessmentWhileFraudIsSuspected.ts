// Policy: Suspend the assessment while fraud is suspected (automated policy, sticky ic-pol-suspend-the-assessment-while-fraud-is-suspected)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['suspendTheAssessmentWhileFraudIsSuspected'] = (ctx, event) => defaults.suspendTheAssessmentWhileFraudIsSuspected(ctx, event);
