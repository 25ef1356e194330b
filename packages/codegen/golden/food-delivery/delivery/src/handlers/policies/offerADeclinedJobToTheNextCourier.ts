// Policy: Offer a declined job to the next courier (automated policy, sticky fd-pol-offer-a-declined-job-to-the-next-courier)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 */
export const handler: PolicyHandlers['offerADeclinedJobToTheNextCourier'] = (ctx, event) => defaults.offerADeclinedJobToTheNextCourier(ctx, event);
