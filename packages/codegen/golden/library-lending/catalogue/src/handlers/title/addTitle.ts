// Add Title (POST /titles)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/title.js';

/**
 * The default creates a Title and publishes TitleAdded.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.addTitle(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['addTitle'] = (ctx, input) => defaults.addTitle(ctx, input);
