// Accept Ticket (POST /tickets/{ticketId}/accept)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/ticket.js';

/**
 * The default changes the Ticket and publishes TicketAccepted.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.acceptTicket(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['acceptTicket'] = (ctx, input) => defaults.acceptTicket(ctx, input);
