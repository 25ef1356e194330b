// Open Fraud Check (POST /fraud-checks)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fraudCheck.js';

/**
 * The default creates a FraudCheck and publishes FraudCheckOpened. Refusing it (refuse.openFraudCheck) publishes FraudCheckRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openFraudCheck(ctx, input, reason)`: it publishes FraudCheckRefused
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['openFraudCheck'] = (ctx, input) => defaults.openFraudCheck(ctx, input);
