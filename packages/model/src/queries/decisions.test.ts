import { describe, expect, it } from 'vitest';
import { suggestCreatingCommand, suggestOutcomes } from '../decisions/suggest';
import { testBoard } from '../lint/testBoard';
import { indexBoard } from './boardIndex';
import { commandsOfEvent, creatingCommand, eventsOfCommand, fieldNameKey, isLifecycleStateField, lifecycleOf, lifecycleStateFor, policyMapping, stateAfterEvent } from './decisions';

const field = (name: string, required = true) => ({ name, type: 'string' as const, list: false, required, description: '' });

/** Shipping: "Reserve Vessel Space" succeeds or is refused; "Cancel Booking" only succeeds. */
function shipping() {
  return testBoard()
    .add('command', 'reserve', 'Reserve Vessel Space', { fields: [field('voyageId'), field('teu')] })
    .add('command', 'cancel', 'Cancel Booking')
    .add('aggregate', 'booking', 'Booking')
    .add('event', 'reserved', 'Vessel Space Reserved', { fields: [field('voyageId'), field('bookingId')] })
    .add('event', 'refused', 'Vessel Space Refused')
    .add('event', 'cancelled', 'Booking Cancelled')
    .chain('reserve', 'booking', 'reserved')
    .link('cancel', 'booking')
    .chain('booking', 'refused')
    .chain('booking', 'cancelled');
}

describe('eventsOfCommand', () => {
  it('returns the recorded outcomes only, in order, optionally of one kind', () => {
    const board = shipping().outcome('reserve', 'reserved').outcome('reserve', 'refused', 'rejection').outcome('reserve', 'gone').build();
    const index = indexBoard(board);
    expect(eventsOfCommand(index, 'reserve').map((o) => [o.event.id, o.kind])).toEqual([['reserved', 'success'], ['refused', 'rejection']]);
    expect(eventsOfCommand(index, 'reserve', 'rejection').map((o) => o.event.id)).toEqual(['refused']);
    // Nothing recorded: nothing guessed, even though the aggregate produces three events.
    expect(eventsOfCommand(index, 'cancel')).toEqual([]);
    expect(eventsOfCommand(index, 'booking')).toEqual([]);
    expect(commandsOfEvent(index, 'refused').map((c) => c.id)).toEqual(['reserve']);
  });

  it('does not change when a sticky moves (positions are not read)', () => {
    const board = shipping().outcome('reserve', 'reserved').build();
    const before = eventsOfCommand(indexBoard(board), 'reserve').map((o) => o.event.id);
    for (const s of board.stickies) s.position = { x: -s.position.x * 3, y: s.position.x };
    expect(eventsOfCommand(indexBoard(board), 'reserve').map((o) => o.event.id)).toEqual(before);
  });
});

describe('creatingCommand and lifecycleOf', () => {
  it('read the aggregate’s recorded decisions', () => {
    const board = shipping()
      .outcome('reserve', 'reserved')
      .outcome('cancel', 'cancelled')
      .build();
    const booking = board.stickies.find((s) => s.id === 'booking');
    if (!booking) throw new Error('no booking');
    booking.creatingCommandId = 'reserve';
    booking.lifecycle = {
      states: ['Reserved', 'Cancelled'],
      acceptedIn: [{ commandId: 'cancel', states: ['Reserved'] }],
      transitions: [{ eventId: 'reserved', state: 'Reserved' }, { eventId: 'cancelled', state: 'Cancelled' }],
      invariants: ['Space never exceeds the vessel capacity'],
    };
    const index = indexBoard(board);
    expect(creatingCommand(index, 'booking')?.id).toBe('reserve');
    const view = lifecycleOf(index, 'booking');
    expect(view?.states).toEqual(['Reserved', 'Cancelled']);
    expect(view?.commands.map((c) => [c.command.id, c.acceptedIn])).toEqual([['reserve', null], ['cancel', ['Reserved']]]);
    expect([...(view?.resultingState ?? [])]).toEqual([['reserved', 'Reserved'], ['cancelled', 'Cancelled']]);
    expect(view?.invariants).toEqual(['Space never exceeds the vessel capacity']);
    expect(lifecycleOf(index, 'reserve')).toBeUndefined();
    expect(creatingCommand(index, 'reserve')).toBeUndefined();
  });
});

describe('a field named for the lifecycle state', () => {
  it('is a single text field called status, state or lifecycle state', () => {
    expect(['status', 'Status', 'state', 'lifecycle_state', 'Lifecycle State'].every((name) => isLifecycleStateField(field(name)))).toBe(true);
    expect(isLifecycleStateField({ ...field('status'), list: true })).toBe(false);
    expect(isLifecycleStateField({ ...field('status'), type: 'integer' })).toBe(false);
    expect(isLifecycleStateField(field('statusReason'))).toBe(false);
  });

  it('takes the state the event moves its aggregate to, and nothing where no state is recorded', () => {
    const board = shipping().outcome('reserve', 'reserved').outcome('reserve', 'refused', 'rejection').outcome('cancel', 'cancelled').build();
    const booking = board.stickies.find((s) => s.id === 'booking');
    if (!booking) throw new Error('no booking');
    booking.lifecycle = {
      states: ['Reserved', 'Cancelled'],
      acceptedIn: [],
      transitions: [{ eventId: 'reserved', state: 'Reserved' }, { eventId: 'cancelled', state: 'Gone' }],
      invariants: [],
    };
    const index = indexBoard(board);
    expect(stateAfterEvent(index, 'reserved')).toBe('Reserved');
    // A transition to a state the lifecycle does not list, and a rejection, move nothing.
    expect(stateAfterEvent(index, 'cancelled')).toBeUndefined();
    expect(stateAfterEvent(index, 'refused')).toBeUndefined();
    expect(lifecycleStateFor(index, 'reserved', field('status'))).toBe('Reserved');
    expect(lifecycleStateFor(index, 'reserved', field('voyageId'))).toBeUndefined();
  });
});

describe('policyMapping', () => {
  function board() {
    return shipping()
      .add('policy', 'p', 'Reserve space when a voyage opens')
      .add('event', 'opened', 'Voyage Opened', { fields: [field('voyage_id'), field('capacity')] })
      .add('readModel', 'rm', 'Fleet', { fields: [field('defaultTeu')] })
      .chain('opened', 'p', 'reserve')
      .build();
  }

  it('defaults a field to the triggering event’s field of the same name, else reports it unmapped', () => {
    const [mapping] = policyMapping(indexBoard(board()), 'p');
    expect(mapping?.command.id).toBe('reserve');
    expect(mapping?.fields.map((f) => [f.field.name, f.origin, f.source])).toEqual([
      ['voyageId', 'byName', { kind: 'eventField', field: 'voyage_id' }],
      ['teu', 'unmapped', { kind: 'unmapped' }],
    ]);
    expect(mapping?.unmappedRequired.map((f) => f.name)).toEqual(['teu']);
    expect(fieldNameKey('Voyage ID')).toBe(fieldNameKey('voyage_id'));
  });

  it('uses recorded sources: constants, read-model lookups, explicit unmapped, and flags stale ones', () => {
    const b = board();
    const policy = b.stickies.find((s) => s.id === 'p');
    if (!policy) throw new Error('no policy');
    policy.mappings = [{ commandId: 'reserve', fields: [{ field: 'teu', source: { kind: 'readModel', readModelId: 'rm', field: 'defaultTeu' } }, { field: 'voyageId', source: { kind: 'unmapped' } }] }];
    let [mapping] = policyMapping(indexBoard(b), 'p');
    expect(mapping?.fields.map((f) => f.origin)).toEqual(['unmapped', 'explicit']);
    expect(mapping?.unmappedRequired.map((f) => f.name)).toEqual(['voyageId']);
    policy.mappings = [{ commandId: 'reserve', fields: [{ field: 'teu', source: { kind: 'constant', value: '2' } }, { field: 'voyageId', source: { kind: 'eventField', field: 'renamed' } }] }];
    [mapping] = policyMapping(indexBoard(b), 'p');
    expect(mapping?.fields.map((f) => f.origin)).toEqual(['stale', 'explicit']);
    expect(mapping?.unmappedRequired.map((f) => f.name)).toEqual(['voyageId']);
  });
});

describe('suggestions (the UI pre-fills them; nothing generates code from them)', () => {
  it('suggests the refusal of a command as its rejection', () => {
    const index = indexBoard(shipping().build());
    expect(suggestOutcomes(index, 'reserve')).toEqual([
      { eventId: 'reserved', kind: 'success' },
      { eventId: 'refused', kind: 'rejection' },
    ]);
    expect(suggestOutcomes(index, 'cancel')).toEqual([{ eventId: 'cancelled', kind: 'success' }]);
    expect(suggestCreatingCommand(index, 'booking')).toBe('reserve');
  });

  it('never suggests a command whose verb never creates as the creating one', () => {
    const board = testBoard().add('command', 'c', 'Cancel Order').add('aggregate', 'o', 'Order').link('c', 'o').build();
    expect(suggestCreatingCommand(indexBoard(board), 'o')).toBeUndefined();
  });
});
