// Policy: Authorise the card with the provider (automated policy, sticky fd-pol-authorise-the-card-with-the-provider)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['authoriseTheCardWithTheProvider'] = (ctx, event) => defaults.authoriseTheCardWithTheProvider(ctx, event);
