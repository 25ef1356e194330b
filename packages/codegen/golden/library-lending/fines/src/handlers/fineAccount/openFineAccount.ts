// Open Fine Account (POST /fine-accounts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/fineAccount.js';

/**
 * The default creates a FineAccount and publishes FineAccountOpened.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['openFineAccount'] = (ctx, input) => defaults.openFineAccount(ctx, input);
