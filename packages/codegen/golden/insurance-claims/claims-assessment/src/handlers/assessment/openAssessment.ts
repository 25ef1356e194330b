// Open Assessment (POST /assessments)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates an Assessment and publishes AssessmentOpened.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openAssessment(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['openAssessment'] = (ctx, input) => defaults.openAssessment(ctx, input, {
  // TODO(stormscape): map Assessment.status (the request of Open Assessment does not carry it).
  status: () => notMapped("Open Assessment: Assessment.status"),
});
