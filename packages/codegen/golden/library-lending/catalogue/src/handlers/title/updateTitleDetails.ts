// Update Title Details (POST /titles/{titleId}/update-details)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/title.js';

/**
 * The default changes the Title and publishes TitleDetailsUpdated.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.updateTitleDetails(ctx, input, reason)`: it answers 409 problem+json.
 */
export const handler: CommandHandlers['updateTitleDetails'] = (ctx, input) => defaults.updateTitleDetails(ctx, input);
