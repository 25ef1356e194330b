// Open Shift (POST /courier-shifts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/courierShift.js';

/**
 * The default creates a CourierShift and publishes ShiftOpened.
 * Replace it with your rules; throw ConflictError (../../generated/errors.js) when an
 * invariant fails, which answers 409 problem+json.
 */
export const handler: CommandHandlers['openShift'] = (ctx, input) => defaults.openShift(ctx, input);
