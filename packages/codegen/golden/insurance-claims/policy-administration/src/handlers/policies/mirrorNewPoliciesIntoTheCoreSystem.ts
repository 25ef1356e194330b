// Policy: Mirror new policies into the core system (automated policy, sticky ic-pol-mirror-new-policies-into-the-core-system)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['mirrorNewPoliciesIntoTheCoreSystem'] = (ctx, event) => defaults.mirrorNewPoliciesIntoTheCoreSystem(ctx, event);
