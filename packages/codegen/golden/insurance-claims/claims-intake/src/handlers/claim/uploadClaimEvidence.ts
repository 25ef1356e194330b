// Upload Claim Evidence (POST /claims/{claimId}/upload-evidence)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/claim.js';

/**
 * The default changes the Claim and publishes ClaimEvidenceUploaded.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.uploadClaimEvidence(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['uploadClaimEvidence'] = (ctx, input) => defaults.uploadClaimEvidence(ctx, input);
