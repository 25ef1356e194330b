// Policy: Void the ticket of a cancelled order (automated policy, sticky fd-pol-void-the-ticket-of-a-cancelled-order)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['voidTheTicketOfACancelledOrder'] = (ctx, event) => defaults.voidTheTicketOfACancelledOrder(ctx, event, {
  voidTicket: {
    // TODO(stormscape): map voidTicket.ticketId (OrderCancelled carries no ticketId and the board maps none).
    ticketId: () => notMapped("policy \"Void the ticket of a cancelled order\": voidTicket.ticketId"),
  },
});
