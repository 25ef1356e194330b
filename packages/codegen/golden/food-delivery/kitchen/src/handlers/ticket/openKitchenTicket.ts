// Open Kitchen Ticket (POST /tickets)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/ticket.js';

/**
 * The default creates a Ticket and publishes KitchenTicketOpened.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['openKitchenTicket'] = (ctx, input) => defaults.openKitchenTicket(ctx, input);
