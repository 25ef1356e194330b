// Activate Membership (POST /members/{memberId}/activate-membership)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/member.js';

/**
 * The default changes the Member and publishes MembershipActivated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.activateMembership(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['activateMembership'] = (ctx, input) => defaults.activateMembership(ctx, input);
