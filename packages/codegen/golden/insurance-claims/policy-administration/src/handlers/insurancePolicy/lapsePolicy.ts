// Lapse Policy (POST /insurance-policies/{insurancePolicyId}/lapse)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/insurancePolicy.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the InsurancePolicy and publishes PolicyLapsed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.lapsePolicy(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['lapsePolicy'] = (ctx, input) => defaults.lapsePolicy(ctx, input, {
  // TODO(stormscape): map PolicyLapsed.lapsedOn (neither the request of Lapse Policy nor the InsurancePolicy carries it).
  lapsedOn: () => notMapped("Lapse Policy: PolicyLapsed.lapsedOn"),
});
