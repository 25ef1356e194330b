// Policy: Reinstate members who settled their fines (automated policy, sticky ll-pol-reinstate-members-who-settled-their-fines)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['reinstateMembersWhoSettledTheirFines'] = (ctx, event) => defaults.reinstateMembersWhoSettledTheirFines(ctx, event);
