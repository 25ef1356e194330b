// Policy: Void the ticket of a cancelled order (automated policy, sticky fd-pol-void-the-ticket-of-a-cancelled-order)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['voidTheTicketOfACancelledOrder'] = (ctx, event) => defaults.voidTheTicketOfACancelledOrder(ctx, event);
