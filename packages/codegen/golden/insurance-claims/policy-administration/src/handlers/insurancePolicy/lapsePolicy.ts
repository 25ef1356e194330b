// Lapse Policy (POST /insurance-policies/{insurancePolicyId}/lapse)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';

/**
 * The default changes the InsurancePolicy and publishes PolicyLapsed.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['lapsePolicy'] = (ctx, input) => defaults.lapsePolicy(ctx, input);
