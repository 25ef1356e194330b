// Verify Coverage (POST /insurance-policies/{insurancePolicyId}/verify-coverage)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the InsurancePolicy and publishes CoverageVerified. Refusing it (refuse.verifyCoverage) publishes CoverageDenied instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.verifyCoverage(ctx, input, reason, open)`: it publishes CoverageDenied
 * and answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['verifyCoverage'] = (ctx, input) => defaults.verifyCoverage(ctx, input, {
  // TODO(stormscape): map CoverageVerified.limit (neither the request of Verify Coverage nor the InsurancePolicy carries it).
  limit: () => notMapped("Verify Coverage: CoverageVerified.limit"),
});
