// Policy: Void expired authorisations (automated policy, sticky fd-pol-void-expired-authorisations)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['voidExpiredAuthorisations'] = (ctx, event) => defaults.voidExpiredAuthorisations(ctx, event);
