// Policy: Open a fine account for every new member (automated policy, sticky ll-pol-open-a-fine-account-for-every-new-member)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['openAFineAccountForEveryNewMember'] = (ctx, event) => defaults.openAFineAccountForEveryNewMember(ctx, event);
