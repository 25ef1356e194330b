// Cancel Policy (POST /insurance-policies/{insurancePolicyId}/cancel)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';

/**
 * The default changes the InsurancePolicy and publishes PolicyCancelled.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.cancelPolicy(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['cancelPolicy'] = (ctx, input) => defaults.cancelPolicy(ctx, input);
