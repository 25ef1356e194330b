// Register Member (POST /members)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/member.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Member and publishes MemberRegistered.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.registerMember(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['registerMember'] = (ctx, input) => defaults.registerMember(ctx, input, {
  // TODO(stormscape): map Member.expiresOn (the request of Register Member does not carry it).
  expiresOn: () => notMapped("Register Member: Member.expiresOn"),
});
