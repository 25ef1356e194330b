// Policy: Transfer approved payouts (automated policy, sticky ic-pol-transfer-approved-payouts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['transferApprovedPayouts'] = (ctx, event) => defaults.transferApprovedPayouts(ctx, event, {
  transferFunds: {
    // TODO(stormscape): map transferFunds.payeeIban (the board leaves it unmapped).
    payeeIban: () => notMapped("policy \"Transfer approved payouts\": transferFunds.payeeIban"),
  },
});
