import type { ReadModelKey } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { FixtureBuilder, fields } from '../../../test/fixtureBoard';
import { planProject } from '../../generateProject';
import { buildPlan } from '../../plan/buildPlan';
import { projectionFactory, projectionOpen } from './projectionCode';

/**
 * "My Bookings" on a container-shipping board (issue 12 saw phantom rows there): rows
 * keyed by booking, fed by an event carrying the booking id as a field and one that
 * carries only its aggregate's id.
 */
function myBookings(rowKey: ReadModelKey | undefined) {
  const b = new FixtureBuilder('Shipping');
  const ctx = b.context('Bookings');
  const booking = b.sticky('aggregate', 'Booking', ctx, { at: 0, fields: fields('shipperId: uuid') });
  const place = b.sticky('command', 'Place Booking', ctx, { at: 1, fields: fields('shipperId: uuid') });
  const placed = b.sticky('event', 'Booking Placed', ctx, { at: 1, fields: fields('bookingNo: string', 'shipperId: uuid') });
  const cancel = b.sticky('command', 'Cancel Booking', ctx, { at: 2 });
  const cancelled = b.sticky('event', 'Booking Cancelled', ctx, { at: 2, fields: fields('reason: string') });
  const rm = b.sticky('readModel', 'My Bookings', ctx, { at: 3, fields: fields('bookingNo: string', 'shipperId: uuid', 'reason?: string') });
  b.flow(null, place, booking, [placed]);
  b.flow(null, cancel, booking, [cancelled]);
  b.link(placed, rm);
  b.link(cancelled, rm);
  const board = b.board;
  const set = (id: string, patch: object) => Object.assign(board.stickies.find((s) => s.id === id) as object, patch);
  set(place, { outcomes: [{ eventId: placed, kind: 'success' }] });
  set(cancel, { outcomes: [{ eventId: cancelled, kind: 'success' }] });
  set(booking, { creatingCommandId: place });
  if (rowKey) set(rm, { rowKey: { ...rowKey, events: rowKey.events.map((e) => ({ ...e, eventId: e.eventId === 'placed' ? placed : cancelled })) } });
  return board;
}

function projection(rowKey: ReadModelKey | undefined): { code: string; warnings: readonly string[] } {
  const board = myBookings(rowKey);
  const rm = buildPlan(board).contexts[0]?.readModels[0];
  if (!rm) throw new Error('no read model');
  return { code: projectionFactory(rm, projectionOpen(rm)), warnings: planProject(board).warnings.filter((w) => w.includes('row key')) };
}

const byBookingNo: ReadModelKey = {
  fields: ['bookingNo'],
  events: [
    { eventId: 'placed', row: { kind: 'find', parts: [{ keyField: 'bookingNo', source: { kind: 'eventField', field: 'bookingNo' } }] } },
  ],
};

describe('projections keyed by the read model key the board records', () => {
  it('finds each row the way the decision says: an event field, or the aggregate id', () => {
    const key: ReadModelKey = {
      fields: ['shipperId'],
      events: [
        { eventId: 'placed', row: { kind: 'find', parts: [{ keyField: 'shipperId', source: { kind: 'eventField', field: 'shipperId' } }] } },
        { eventId: 'cancelled', row: { kind: 'find', parts: [{ keyField: 'shipperId', source: { kind: 'aggregateId' } }] } },
      ],
    };
    const { code, warnings } = projection(key);
    expect(code).toContain('key: async (event) => event.payload.shipperId,');
    expect(code).toContain('key: async (event) => event.payload.bookingId,');
    expect(code).not.toContain('open.key');
    expect(warnings).toEqual([]);
  });

  it('leaves an event the decision does not place open: a TODO and a warning, never another id', () => {
    const { code, warnings } = projection(byBookingNo);
    expect(code).toContain('key: async (event) => event.payload.bookingNo,');
    expect(code).toContain('key: async (event) => (await open.key(event)),');
    expect(code).not.toContain('event.payload.bookingId');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('which row BookingCancelled updates is open: how it finds its row is not recorded');
  });

  it('keys a row per event when the event creates one, and everything is open when no key is recorded', () => {
    const creates: ReadModelKey = { ...byBookingNo, events: [...byBookingNo.events, { eventId: 'cancelled', row: { kind: 'creates' } }] };
    expect(projection(creates).code).toContain('key: async (event) => event.eventId,');
    expect(projection(creates).warnings).toEqual([]);
    const none = projection(undefined);
    expect(none.code.match(/open\.key/g)?.length).toBeGreaterThan(0);
    expect(none.code).not.toMatch(/key: async \(event\) => event\.payload/);
    expect(none.warnings[0]).toContain('the read model has no key field recorded');
  });

  it('joins a composite key into one string', () => {
    const composite: ReadModelKey = {
      fields: ['shipperId', 'bookingNo'],
      events: [
        {
          eventId: 'placed',
          row: {
            kind: 'find',
            parts: [
              { keyField: 'shipperId', source: { kind: 'eventField', field: 'shipperId' } },
              { keyField: 'bookingNo', source: { kind: 'eventField', field: 'bookingNo' } },
            ],
          },
        },
      ],
    };
    expect(projection(composite).code).toContain('key: async (event) => JSON.stringify([event.payload.shipperId, event.payload.bookingNo]),');
  });
});
