// Policy: Refund the card with the provider (automated policy, sticky fd-pol-refund-the-card-with-the-provider)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['refundTheCardWithTheProvider'] = (ctx, event) => defaults.refundTheCardWithTheProvider(ctx, event);
