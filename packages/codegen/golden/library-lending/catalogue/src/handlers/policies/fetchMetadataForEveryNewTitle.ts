// Policy: Fetch metadata for every new title (automated policy, sticky ll-pol-fetch-metadata-for-every-new-title)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['fetchMetadataForEveryNewTitle'] = (ctx, event) => defaults.fetchMetadataForEveryNewTitle(ctx, event);
