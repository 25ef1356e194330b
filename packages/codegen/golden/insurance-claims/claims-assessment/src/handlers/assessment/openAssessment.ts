// Open Assessment (POST /assessments)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';

/**
 * The default creates an Assessment and publishes AssessmentOpened.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openAssessment(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['openAssessment'] = (ctx, input) => defaults.openAssessment(ctx, input);
