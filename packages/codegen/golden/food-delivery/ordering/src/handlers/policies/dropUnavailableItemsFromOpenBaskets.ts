// Policy: Drop unavailable items from open baskets (automated policy, sticky fd-pol-drop-unavailable-items-from-open-baskets)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['dropUnavailableItemsFromOpenBaskets'] = (ctx, event) => defaults.dropUnavailableItemsFromOpenBaskets(ctx, event, {
  removeBasketItem: {
    // TODO(stormscape): map removeBasketItem.basketId (the board leaves it unmapped).
    basketId: () => notMapped("policy \"Drop unavailable items from open baskets\": removeBasketItem.basketId"),
  },
});
