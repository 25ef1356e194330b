// Close Shift (POST /shifts/{shiftId}/close)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/shift.js';

/**
 * The default changes the Shift and publishes ShiftClosed. Refusing it (refuse.closeShift) publishes ShiftClosingRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.closeShift(ctx, input, reason)`: it publishes ShiftClosingRefused
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['closeShift'] = (ctx, input) => defaults.closeShift(ctx, input);
