// Policy: Auto-reject tickets nobody accepted in time (automated policy, sticky fd-pol-auto-reject-tickets-nobody-accepted-in-time)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['autoRejectTicketsNobodyAcceptedInTime'] = (ctx, event) => defaults.autoRejectTicketsNobodyAcceptedInTime(ctx, event);
