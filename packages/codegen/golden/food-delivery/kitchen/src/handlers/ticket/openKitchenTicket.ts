// Open Kitchen Ticket (POST /tickets)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/ticket.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a Ticket and publishes KitchenTicketOpened.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openKitchenTicket(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['openKitchenTicket'] = (ctx, input) => defaults.openKitchenTicket(ctx, input, {
  // TODO(stormscape): map Ticket.status (the request of Open Kitchen Ticket does not carry it).
  status: () => notMapped("Open Kitchen Ticket: Ticket.status"),
});
