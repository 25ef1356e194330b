// Open Fine Account (POST /fine-accounts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a FineAccount and publishes FineAccountOpened.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openFineAccount(ctx, input, reason, open)`: it answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['openFineAccount'] = (ctx, input) => defaults.openFineAccount(ctx, input, {
  // TODO(stormscape): map FineAccount.balance (the request of Open Fine Account does not carry it).
  balance: () => notMapped("Open Fine Account: FineAccount.balance"),
  // TODO(stormscape): map FineAccount.overLimit (the request of Open Fine Account does not carry it).
  overLimit: () => notMapped("Open Fine Account: FineAccount.overLimit"),
});
