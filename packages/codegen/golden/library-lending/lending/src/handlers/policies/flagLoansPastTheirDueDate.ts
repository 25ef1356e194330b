// Policy: Flag loans past their due date (automated policy, sticky ll-pol-flag-loans-past-their-due-date)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['flagLoansPastTheirDueDate'] = (ctx, event) => defaults.flagLoansPastTheirDueDate(ctx, event);
