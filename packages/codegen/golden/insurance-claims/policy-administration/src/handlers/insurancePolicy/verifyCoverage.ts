// Verify Coverage (POST /insurance-policies/{insurancePolicyId}/verify-coverage)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';

/**
 * The default changes the InsurancePolicy and publishes CoverageVerified. Refusing it (refuse.verifyCoverage) publishes CoverageDenied instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.verifyCoverage(ctx, input, reason)`: it publishes CoverageDenied
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['verifyCoverage'] = (ctx, input) => defaults.verifyCoverage(ctx, input);
