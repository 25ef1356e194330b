// Record Damage Estimate (POST /assessments/{assessmentId}/record-damage-estimate)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';

/**
 * The default changes the Assessment and publishes DamageEstimated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.recordDamageEstimate(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['recordDamageEstimate'] = (ctx, input) => defaults.recordDamageEstimate(ctx, input);
