// Accept Claim (POST /claims/{claimId}/accept)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/claim.js';

/**
 * The default changes the Claim and publishes ClaimAccepted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.acceptClaim(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['acceptClaim'] = (ctx, input) => defaults.acceptClaim(ctx, input);
