// Approve Claim (POST /assessments/{assessmentId}/approve-claim)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';

/**
 * The default changes the Assessment and publishes ClaimApproved.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.approveClaim(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['approveClaim'] = (ctx, input) => defaults.approveClaim(ctx, input);
