// Policy: Calculate the payout after the excess (automated policy, sticky ic-pol-calculate-the-payout-after-the-excess)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['calculateThePayoutAfterTheExcess'] = (ctx, event) => defaults.calculateThePayoutAfterTheExcess(ctx, event);
