// Policy: Open a ticket for every confirmed order (automated policy, sticky fd-pol-open-a-ticket-for-every-confirmed-order)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['openATicketForEveryConfirmedOrder'] = (ctx, event) => defaults.openATicketForEveryConfirmedOrder(ctx, event);
