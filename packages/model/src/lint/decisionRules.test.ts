import { describe, expect, it } from 'vitest';
import type { Lifecycle } from '../schema/Decisions';
import { findingsOf } from './lintTestUtil';
import { lintBoard } from './lintBoard';
import { orderingBoard, testBoard } from './testBoard';

const field = (name: string, required = true) => ({ name, type: 'string' as const, list: false, required, description: '' });

/** Reserve Vessel Space on Booking, with its events drawn but outcomes left to each test. */
function shipping() {
  return testBoard()
    .add('actor', 'agent', 'Booking Agent', { ctx: 'c' })
    .add('command', 'reserve', 'Reserve Vessel Space', { ctx: 'c' })
    .add('aggregate', 'booking', 'Booking', { ctx: 'c' })
    .add('event', 'reserved', 'Vessel Space Reserved', { ctx: 'c' })
    .add('event', 'refused', 'Vessel Space Refused', { ctx: 'c' })
    .chain('agent', 'reserve', 'booking', 'reserved')
    .chain('booking', 'refused');
}

const withLifecycle = (board: ReturnType<ReturnType<typeof shipping>['build']>, lifecycle: Lifecycle) => {
  const booking = board.stickies.find((s) => s.id === 'booking');
  if (booking) booking.lifecycle = lifecycle;
  return board;
};

describe('C3 command producing no event', () => {
  it('reports a command whose events are drawn but none is recorded as its outcome', () => {
    const [finding] = findingsOf(shipping().build(), 'C3');
    expect(finding).toMatchObject({ severity: 'warning', ids: ['reserve', 'reserved', 'refused'] });
    expect(finding?.message).toContain('records no outcome');
  });
  it('is quiet once an outcome is recorded', () => {
    expect(findingsOf(shipping().outcome('reserve', 'reserved').build(), 'C3')).toEqual([]);
  });
});

describe('O1 several success events', () => {
  it('warns when one call would publish two alternatives', () => {
    const board = shipping().outcome('reserve', 'reserved').outcome('reserve', 'refused').build();
    expect(findingsOf(board, 'O1')).toEqual([expect.objectContaining({ severity: 'warning', ids: ['reserve', 'reserved', 'refused'] })]);
    expect(findingsOf(board, 'O1', { level: 'process' })[0]?.severity).toBe('info');
  });
  it('accepts one success and a rejection', () => {
    const board = shipping().outcome('reserve', 'reserved').outcome('reserve', 'refused', 'rejection').build();
    expect(findingsOf(board, 'O1')).toEqual([]);
  });
});

describe('O2 no rejection on an aggregate with invariants', () => {
  const invariants: Lifecycle = { states: [], acceptedIn: [], transitions: [], invariants: ['Never more than the vessel holds'] };
  it('tells (info) that a guarded command has no way to be refused', () => {
    const board = withLifecycle(shipping().outcome('reserve', 'reserved').build(), invariants);
    expect(findingsOf(board, 'O2')).toEqual([expect.objectContaining({ severity: 'info', ids: ['reserve', 'booking'] })]);
  });
  it('is quiet with a rejection, or without invariants', () => {
    expect(findingsOf(withLifecycle(shipping().outcome('reserve', 'reserved').outcome('reserve', 'refused', 'rejection').build(), invariants), 'O2')).toEqual([]);
    expect(findingsOf(withLifecycle(shipping().outcome('reserve', 'reserved').build(), { ...invariants, invariants: [] }), 'O2')).toEqual([]);
  });
});

describe('P4 policy with unmapped required fields', () => {
  function board(commandFields = [field('ticketId'), field('note', false)]) {
    return orderingBoard()
      .build()
      .stickies.map((s) => (s.id === 'startCooking' ? { ...s, fields: commandFields } : s.id === 'orderPlaced' ? { ...s, fields: [field('orderId')] } : s));
  }
  it('warns about required fields nothing fills, naming them', () => {
    const b = orderingBoard().build();
    b.stickies = board();
    const [finding] = findingsOf(b, 'P4');
    expect(finding).toMatchObject({ severity: 'warning', ids: ['cookWhenOrdered', 'startCooking'] });
    expect(finding?.message).toContain('"ticketId"');
    expect(finding?.message).not.toContain('"note"');
  });
  it('is quiet when names match, or a constant or read model fills the field', () => {
    const b = orderingBoard().build();
    b.stickies = board([field('orderId')]);
    expect(findingsOf(b, 'P4')).toEqual([]);
    b.stickies = board().map((s) => (s.id === 'cookWhenOrdered' ? { ...s, mappings: [{ commandId: 'startCooking', fields: [{ field: 'ticketId', source: { kind: 'constant' as const, value: 'T-1' } }] }] } : s));
    expect(findingsOf(b, 'P4')).toEqual([]);
  });
  it('reports a field recorded as unmapped', () => {
    const b = orderingBoard().build();
    b.stickies = board([field('orderId')]).map((s) => (s.id === 'cookWhenOrdered' ? { ...s, mappings: [{ commandId: 'startCooking', fields: [{ field: 'orderId', source: { kind: 'unmapped' as const } }] }] } : s));
    expect(findingsOf(b, 'P4').map((f) => f.ids)).toEqual([['cookWhenOrdered', 'startCooking']]);
  });
});

describe('P5 policy loop', () => {
  it('is an error when an event’s policy issues a command producing that same event', () => {
    const board = testBoard()
      .add('aggregate', 'g', 'Invoice')
      .add('event', 'sent', 'Reminder Sent')
      .add('policy', 'p', 'Remind again')
      .add('command', 'c', 'Send Reminder')
      .chain('sent', 'p', 'c', 'g', 'sent')
      .outcome('c', 'sent')
      .build();
    expect(findingsOf(board, 'P5')).toEqual([expect.objectContaining({ severity: 'error', ids: ['sent', 'c', 'p'] })]);
  });
  it('finds longer loops once, and nothing in a chain that ends', () => {
    const loop = testBoard()
      .add('aggregate', 'g', 'Ping Pong')
      .add('event', 'a', 'Ping Sent').add('policy', 'pa', 'Answer pings').add('command', 'ca', 'Send Pong')
      .add('event', 'b', 'Pong Sent').add('policy', 'pb', 'Answer pongs').add('command', 'cb', 'Send Ping')
      .chain('a', 'pa', 'ca', 'g', 'b')
      .chain('b', 'pb', 'cb', 'g', 'a')
      .outcome('ca', 'b')
      .outcome('cb', 'a')
      .build();
    expect(findingsOf(loop, 'P5').map((f) => f.ids)).toEqual([['a', 'b', 'ca', 'cb', 'pa', 'pb']]);
    expect(findingsOf(orderingBoard().build(), 'P5')).toEqual([]);
  });
});

describe('L1 lifecycle state no event reaches', () => {
  const lifecycle: Lifecycle = { states: ['Reserved', 'Sailed'], acceptedIn: [], transitions: [{ eventId: 'reserved', state: 'Reserved' }], invariants: [] };
  it('warns about states no success event of the aggregate leads to', () => {
    const board = withLifecycle(shipping().outcome('reserve', 'reserved').build(), lifecycle);
    const [finding] = findingsOf(board, 'L1');
    expect(finding).toMatchObject({ severity: 'warning', ids: ['booking'] });
    expect(finding?.message).toContain('"Sailed"');
    expect(finding?.message).not.toContain('"Reserved"');
  });
  it('does not count a rejection, and is quiet when every state is reached', () => {
    const viaRejection = withLifecycle(shipping().outcome('reserve', 'reserved').outcome('reserve', 'refused', 'rejection').build(), {
      ...lifecycle,
      transitions: [...lifecycle.transitions, { eventId: 'refused', state: 'Sailed' }],
    });
    expect(findingsOf(viaRejection, 'L1')).toHaveLength(1);
    const all = withLifecycle(shipping().outcome('reserve', 'reserved').build(), { ...lifecycle, states: ['Reserved'] });
    expect(findingsOf(all, 'L1')).toEqual([]);
  });
});

describe('R2: read-model row key', () => {
  const board = () => orderingBoard().build();
  const r2 = (b: ReturnType<typeof board>) => lintBoard(b, { level: 'design' }).filter((f) => f.ruleId === 'R2');

  it('finds nothing when every updating event finds its row', () => {
    expect(r2(board())).toEqual([]);
  });

  it('reports a key field the read model lacks, and an event with no way to find its row', () => {
    const b = board();
    const rm = b.stickies.find((s) => s.id === 'orderStatus');
    if (!rm?.rowKey) throw new Error('fixture');
    rm.rowKey = { fields: ['orderId', 'customerId'], events: [] };
    expect(r2(b).map((f) => f.message)).toEqual([
      'The row key of "Order Status" names "customerId", which is not a field of it: pick key fields it has.',
      '"Order Placed" updates "Order Status", but which row is open: how it finds its row is not recorded. Say which event field gives the row key, or that it creates a row.',
    ]);
  });

  it('reports a lookup naming an event field that is missing, and an open key (no key fields)', () => {
    const b = board();
    const rm = b.stickies.find((s) => s.id === 'orderStatus');
    if (!rm?.rowKey) throw new Error('fixture');
    rm.rowKey = { fields: ['orderId'], events: [{ eventId: 'orderPlaced', row: { kind: 'find', parts: [{ keyField: 'orderId', source: { kind: 'eventField', field: 'order no' } }] } }] };
    expect(r2(b).map((f) => f.ids)).toEqual([['orderStatus', 'orderPlaced']]);
    expect(r2(b)[0]?.message).toContain('it has no field "order no"');
    delete rm.rowKey;
    expect(r2(b)[0]?.message).toContain('the read model has no key field recorded');
    rm.rowKey = { fields: [], events: [{ eventId: 'orderPlaced', row: { kind: 'creates' } }] };
    expect(r2(b)).toEqual([]);
  });
});
