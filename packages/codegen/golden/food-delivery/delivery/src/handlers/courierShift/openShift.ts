// Open Shift (POST /courier-shifts)
// Created once by Stormscape and never overwritten: this file is yours.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/courierShift.js';
import { notMapped } from '../../generated/errors.js';

/**
 * The default creates a CourierShift and publishes ShiftOpened. Refusing it (refuse.openShift) publishes ShiftOpeningRefused instead.
 * Replace it with your rules; when the command must be refused, `return
 * defaults.refuse.openShift(ctx, input, reason, open)`: it publishes ShiftOpeningRefused
 * and answers 409 problem+json.
 * Each TODO(stormscape) below is a value the board leaves open: until you supply it,
 * the call answers 501 problem+json naming it.
 */
export const handler: CommandHandlers['openShift'] = (ctx, input) => defaults.openShift(ctx, input, {
  // TODO(stormscape): map CourierShift.shiftId (the request of Open Shift does not carry it).
  shiftId: () => notMapped("Open Shift: CourierShift.shiftId"),
});
