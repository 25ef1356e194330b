// Submit Claim (POST /claims)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/claim.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Claim and publishes ClaimSubmitted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.submitClaim(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['submitClaim'] = (ctx, input) => defaults.submitClaim(ctx, input, {
  // TODO(stormscape): map Claim.status (the request of Submit Claim does not carry it).
  status: () => notMapped("Submit Claim: Claim.status"),
});
