// Policy: Accept claims with cover (automated policy, sticky ic-pol-accept-claims-with-cover)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['acceptClaimsWithCover'] = (ctx, event) => defaults.acceptClaimsWithCover(ctx, event);
