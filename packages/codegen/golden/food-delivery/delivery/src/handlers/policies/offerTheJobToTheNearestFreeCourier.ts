// Policy: Offer the job to the nearest free courier (automated policy, sticky fd-pol-offer-the-job-to-the-nearest-free-courier)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';

/** The default issues the policy's commands with values taken from the event by field name. */
export const handler: PolicyHandlers['offerTheJobToTheNearestFreeCourier'] = (ctx, event) => defaults.offerTheJobToTheNearestFreeCourier(ctx, event);
