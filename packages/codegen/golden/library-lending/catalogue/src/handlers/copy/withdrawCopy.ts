// Withdraw Copy (POST /copies/{copyId}/withdraw)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/copy.js';

/**
 * The default changes the Copy and publishes CopyWithdrawn. Refusing it (refuse.withdrawCopy) publishes CopyWithdrawalRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.withdrawCopy(ctx, input, reason)`: it publishes CopyWithdrawalRefused
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['withdrawCopy'] = (ctx, input) => defaults.withdrawCopy(ctx, input);
