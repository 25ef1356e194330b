// Approve Payout (POST /settlements/{settlementId}/approve-payout)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Settlement and publishes PayoutApproved.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.approvePayout(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['approvePayout'] = (ctx, input) => defaults.approvePayout(ctx, input, {
  // TODO(stormscape): map PayoutApproved.payout (neither the request of Approve Payout nor the Settlement carries it).
  payout: () => notMapped("Approve Payout: PayoutApproved.payout"),
  // TODO(stormscape): map PayoutApproved.approvedBy (neither the request of Approve Payout nor the Settlement carries it).
  approvedBy: () => notMapped("Approve Payout: PayoutApproved.approvedBy"),
});
