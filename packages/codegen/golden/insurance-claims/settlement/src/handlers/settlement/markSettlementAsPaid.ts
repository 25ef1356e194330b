// Mark Settlement As Paid (POST /settlements/{settlementId}/mark-as-paid)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';

/**
 * The default changes the Settlement and publishes SettlementPaid.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['markSettlementAsPaid'] = (ctx, input) => defaults.markSettlementAsPaid(ctx, input);
