// Suspend Membership (POST /members/{memberId}/suspend-membership)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/member.js';

/**
 * The default changes the Member and publishes MembershipSuspended.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.suspendMembership(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['suspendMembership'] = (ctx, input) => defaults.suspendMembership(ctx, input);
