// Open Fraud Check (POST /fraud-checks)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fraudCheck.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a FraudCheck and publishes FraudCheckOpened. Refusing it (refuse.openFraudCheck) publishes FraudCheckRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openFraudCheck(ctx, input, reason, open)`: it publishes FraudCheckRefused
 * and answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['openFraudCheck'] = (ctx, input) => defaults.openFraudCheck(ctx, input, {
  // TODO(stormscape): map FraudCheck.status (the request of Open Fraud Check does not carry it).
  status: () => notMapped("Open Fraud Check: FraudCheck.status"),
});
