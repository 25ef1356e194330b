// Policy: Create a settlement for every approved claim (automated policy, sticky ic-pol-create-a-settlement-for-every-approved-claim)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['createASettlementForEveryApprovedClaim'] = (ctx, event) => defaults.createASettlementForEveryApprovedClaim(ctx, event);
