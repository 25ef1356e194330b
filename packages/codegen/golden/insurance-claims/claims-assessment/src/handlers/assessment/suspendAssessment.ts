// Suspend Assessment (POST /assessments/{assessmentId}/suspend)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';

/**
 * The default changes the Assessment and publishes AssessmentSuspended.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.suspendAssessment(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['suspendAssessment'] = (ctx, input) => defaults.suspendAssessment(ctx, input);
