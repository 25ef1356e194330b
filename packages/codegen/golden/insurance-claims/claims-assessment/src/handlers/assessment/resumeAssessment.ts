// Resume Assessment (POST /assessments/{assessmentId}/resume)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';

/**
 * The default changes the Assessment and publishes AssessmentResumed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.resumeAssessment(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['resumeAssessment'] = (ctx, input) => defaults.resumeAssessment(ctx, input);
