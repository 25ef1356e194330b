// Request Proof Of Address (POST /members/{memberId}/request-proof-of-address)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/member.js';

/**
 * The default changes the Member and publishes ProofOfAddressRequested.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.requestProofOfAddress(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['requestProofOfAddress'] = (ctx, input) => defaults.requestProofOfAddress(ctx, input);
