// Reinstate Membership (POST /members/{memberId}/reinstate-membership)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/member.js';

/**
 * The default changes the Member and publishes MembershipReinstated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.reinstateMembership(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['reinstateMembership'] = (ctx, input) => defaults.reinstateMembership(ctx, input);
