// Record Fraud Score (POST /fraud-checks/{fraudCheckId}/record-score)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fraudCheck.js';

/**
 * The default changes the FraudCheck and publishes FraudCheckPassed. Refusing it (refuse.recordFraudScore) publishes FraudSuspected instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.recordFraudScore(ctx, input, reason)`: it publishes FraudSuspected
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['recordFraudScore'] = (ctx, input) => defaults.recordFraudScore(ctx, input);
