// Open Shift (POST /shifts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/shift.js';

/**
 * The default creates a Shift and publishes ShiftOpened. Refusing it (refuse.openShift) publishes ShiftOpeningRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openShift(ctx, input, reason)`: it publishes ShiftOpeningRefused
 * and answers 409 problem+json.
 */
export const handler: CommandHandlers['openShift'] = (ctx, input) => defaults.openShift(ctx, input);
