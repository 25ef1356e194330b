// Register Policy (POST /insurance-policies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates an InsurancePolicy and publishes PolicyRegistered.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.registerPolicy(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['registerPolicy'] = (ctx, input) => defaults.registerPolicy(ctx, input, {
  // TODO(stormscape): map InsurancePolicy.policyNumber (the request of Register Policy does not carry it).
  policyNumber: () => notMapped("Register Policy: InsurancePolicy.policyNumber"),
});
