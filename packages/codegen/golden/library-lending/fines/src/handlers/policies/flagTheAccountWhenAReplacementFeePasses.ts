// Policy: Flag the account when a replacement fee passes the limit (automated policy, sticky ll-pol-flag-the-account-when-a-replacement-fee-passes-the-limit)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['flagTheAccountWhenAReplacementFeePasses'] = (ctx, event) => defaults.flagTheAccountWhenAReplacementFeePasses(ctx, event);
