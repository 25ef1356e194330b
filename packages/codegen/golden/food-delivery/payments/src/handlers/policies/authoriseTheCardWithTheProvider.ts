// Policy: Authorise the card with the provider (automated policy, sticky fd-pol-authorise-the-card-with-the-provider)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['authoriseTheCardWithTheProvider'] = (ctx, event) => defaults.authoriseTheCardWithTheProvider(ctx, event, {
  authoriseCard: {
    // TODO(stormscape): map authoriseCard.paymentMethodToken (the board leaves it unmapped).
    paymentMethodToken: () => notMapped("policy \"Authorise the card with the provider\": authoriseCard.paymentMethodToken"),
  },
});
