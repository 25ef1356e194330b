// Record Fraud Score (POST /fraud-checks/{fraudCheckId}/record-score)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fraudCheck.js';

/**
 * The default changes the FraudCheck and publishes FraudCheckPassed, FraudSuspected.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['recordFraudScore'] = (ctx, input) => defaults.recordFraudScore(ctx, input);
