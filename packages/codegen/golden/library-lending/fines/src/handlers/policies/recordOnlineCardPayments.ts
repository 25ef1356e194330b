// Policy: Record online card payments (automated policy, sticky ll-pol-record-online-card-payments)
// Created once by Stormscape and never overwritten: this file is yours.
import type { PolicyHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/policies.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default issues the policy's commands with the values the board maps (policy mappings).
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it, the
 * reaction fails with an error naming it (and the event is retried, then dead-lettered).
 */
export const handler: PolicyHandlers['recordOnlineCardPayments'] = (ctx, event) => defaults.recordOnlineCardPayments(ctx, event, {
  payFine: {
    // TODO(stormscape): map payFine.fineAccountId (CardPaymentSucceeded carries no fineAccountId and the board maps none).
    fineAccountId: () => notMapped("policy \"Record online card payments\": payFine.fineAccountId"),
  },
});
