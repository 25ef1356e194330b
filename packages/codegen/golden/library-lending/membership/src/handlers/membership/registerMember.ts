// Register Member (POST /memberships)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/membership.js';

/**
 * The default creates a Membership and publishes MemberRegistered.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['registerMember'] = (ctx, input) => defaults.registerMember(ctx, input);
