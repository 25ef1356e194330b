// Register Policy (POST /insurance-policies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';

/**
 * The default creates an InsurancePolicy and publishes PolicyRegistered.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['registerPolicy'] = (ctx, input) => defaults.registerPolicy(ctx, input);
