// Change Coverage (POST /insurance-policies/{insurancePolicyId}/change-coverage)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';

/**
 * The default changes the InsurancePolicy and publishes CoverageChanged.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.changeCoverage(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['changeCoverage'] = (ctx, input) => defaults.changeCoverage(ctx, input);
