// Policy: Check cover for every new claim (automated policy, sticky ic-pol-check-cover-for-every-new-claim)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['checkCoverForEveryNewClaim'] = (ctx, event) => defaults.checkCoverForEveryNewClaim(ctx, event);
