// Open Fraud Check (POST /fraud-checks)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fraudCheck.js';

/**
 * The default creates a FraudCheck and publishes FraudCheckOpened.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['openFraudCheck'] = (ctx, input) => defaults.openFraudCheck(ctx, input);
