// Policy: Activate members with a verified address (automated policy, sticky ll-pol-activate-members-with-a-verified-address)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['activateMembersWithAVerifiedAddress'] = (ctx, event) => defaults.activateMembersWithAVerifiedAddress(ctx, event);
