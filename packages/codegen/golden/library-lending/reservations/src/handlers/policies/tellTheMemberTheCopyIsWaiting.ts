// Policy: Tell the member the copy is waiting (automated policy, sticky ll-pol-tell-the-member-the-copy-is-waiting)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['tellTheMemberTheCopyIsWaiting'] = (ctx, event) => defaults.tellTheMemberTheCopyIsWaiting(ctx, event);
