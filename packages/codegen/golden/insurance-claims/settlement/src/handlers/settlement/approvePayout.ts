// Approve Payout (POST /settlements/{settlementId}/approve-payout)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/settlement.js';

/**
 * The default changes the Settlement and publishes PayoutApproved.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['approvePayout'] = (ctx, input) => defaults.approvePayout(ctx, input);
