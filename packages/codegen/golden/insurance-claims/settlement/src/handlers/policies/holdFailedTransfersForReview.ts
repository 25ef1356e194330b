// Policy: Hold failed transfers for review (automated policy, sticky ic-pol-hold-failed-transfers-for-review)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['holdFailedTransfersForReview'] = (ctx, event) => defaults.holdFailedTransfersForReview(ctx, event);
