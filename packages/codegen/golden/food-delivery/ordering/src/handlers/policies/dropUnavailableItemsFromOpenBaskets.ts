// Policy: Drop unavailable items from open baskets (automated policy, sticky fd-pol-drop-unavailable-items-from-open-baskets)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['dropUnavailableItemsFromOpenBaskets'] = (ctx, event) => defaults.dropUnavailableItemsFromOpenBaskets(ctx, event);
