// Close Claim (POST /claims/{claimId}/close)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/claim.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Claim and publishes ClaimClosed.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.closeClaim(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['closeClaim'] = (ctx, input) => defaults.closeClaim(ctx, input, {
  // TODO(stormscape): map ClaimClosed.closedOn (neither the request of Close Claim nor the Claim carries it).
  closedOn: () => notMapped("Close Claim: ClaimClosed.closedOn"),
});
