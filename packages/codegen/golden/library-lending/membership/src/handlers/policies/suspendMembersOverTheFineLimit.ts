// Policy: Suspend members over the fine limit (automated policy, sticky ll-pol-suspend-members-over-the-fine-limit)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['suspendMembersOverTheFineLimit'] = (ctx, event) => defaults.suspendMembersOverTheFineLimit(ctx, event);
