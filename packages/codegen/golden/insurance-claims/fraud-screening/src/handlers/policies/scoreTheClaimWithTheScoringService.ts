// Policy: Score the claim with the scoring service (automated policy, sticky ic-pol-score-the-claim-with-the-scoring-service)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['scoreTheClaimWithTheScoringService'] = (ctx, event) => defaults.scoreTheClaimWithTheScoringService(ctx, event);
