// Policy: Lapse policies at the end of their term (automated policy, sticky ic-pol-lapse-policies-at-the-end-of-their-term)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['lapsePoliciesAtTheEndOfTheirTerm'] = (ctx, event) => defaults.lapsePoliciesAtTheEndOfTheirTerm(ctx, event);
