// Policy: Apply fetched metadata (automated policy, sticky ll-pol-apply-fetched-metadata)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['applyFetchedMetadata'] = (ctx, event) => defaults.applyFetchedMetadata(ctx, event);
