// Policy: Charge the replacement cost of lost copies (automated policy, sticky ll-pol-charge-the-replacement-cost-of-lost-copies)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['chargeTheReplacementCostOfLostCopies'] = (ctx, event) => defaults.chargeTheReplacementCostOfLostCopies(ctx, event);
