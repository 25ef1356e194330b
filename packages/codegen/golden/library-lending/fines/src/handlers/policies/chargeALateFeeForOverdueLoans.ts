// Policy: Charge a late fee for overdue loans (automated policy, sticky ll-pol-charge-a-late-fee-for-overdue-loans)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['chargeALateFeeForOverdueLoans'] = (ctx, event) => defaults.chargeALateFeeForOverdueLoans(ctx, event);
