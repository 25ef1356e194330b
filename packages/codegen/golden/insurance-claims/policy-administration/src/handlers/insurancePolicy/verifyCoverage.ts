// Verify Coverage (POST /insurance-policies/{insurancePolicyId}/verify-coverage)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';

/**
 * The default changes the InsurancePolicy and publishes CoverageVerified, CoverageDenied.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['verifyCoverage'] = (ctx, input) => defaults.verifyCoverage(ctx, input);
