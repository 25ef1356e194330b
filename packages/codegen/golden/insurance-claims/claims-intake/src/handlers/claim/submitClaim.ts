// Submit Claim (POST /claims)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/claim.js';

/**
 * The default creates a Claim and publishes ClaimSubmitted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.submitClaim(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['submitClaim'] = (ctx, input) => defaults.submitClaim(ctx, input);
