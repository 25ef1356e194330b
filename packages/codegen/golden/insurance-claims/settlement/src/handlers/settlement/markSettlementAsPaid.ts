// Mark Settlement As Paid (POST /settlements/{settlementId}/mark-as-paid)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default changes the Settlement and publishes SettlementPaid.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.markSettlementAsPaid(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['markSettlementAsPaid'] = (ctx, input) => defaults.markSettlementAsPaid(ctx, input, {
  // TODO(stormscape): map SettlementPaid.payout (neither the request of Mark Settlement As Paid nor the Settlement carries it).
  payout: () => notMapped("Mark Settlement As Paid: SettlementPaid.payout"),
  // TODO(stormscape): map SettlementPaid.paidOn (neither the request of Mark Settlement As Paid nor the Settlement carries it).
  paidOn: () => notMapped("Mark Settlement As Paid: SettlementPaid.paidOn"),
});
