// Attach Repair Quote (POST /assessments/{assessmentId}/attach-repair-quote)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/assessment.js';

/**
 * The default changes the Assessment and publishes RepairQuoteAttached.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.attachRepairQuote(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['attachRepairQuote'] = (ctx, input) => defaults.attachRepairQuote(ctx, input);
