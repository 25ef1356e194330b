import { Lifecycle, lifecycleOf, policyMapping, suggestOutcomes } from '@stormscape/model';
import { addLink, addSticky, boardMaps, docToBoard, updateSticky } from '@stormscape/model/yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardStore } from '../../store/createBoardStore';
import { storeIndex } from './boardIndex';
import {
  codeNameIssue,
  parseScheduleDraft,
  scheduleDraft,
  stateNameIssue,
  withAcceptedIn,
  withFieldSource,
  withKeyFields,
  withKeyPart,
  withOutcome,
  withoutState,
  withRowLookup,
  withState,
  withStateRenamed,
  withSuggestedOutcomes,
  withTransition,
} from './edits';

describe('outcome edits', () => {
  it('sets, changes and removes one outcome, keeping the others in order', () => {
    const one = withOutcome([], 'a', 'success');
    const two = withOutcome(one, 'b', 'rejection');
    expect(withOutcome(two, 'a', 'rejection')).toEqual([
      { eventId: 'a', kind: 'rejection' },
      { eventId: 'b', kind: 'rejection' },
    ]);
    expect(withOutcome(two, 'a', null)).toEqual([{ eventId: 'b', kind: 'rejection' }]);
  });

  it('accepting suggestions never overrides what people decided', () => {
    const recorded = [{ eventId: 'a', kind: 'rejection' as const }];
    expect(withSuggestedOutcomes(recorded, [{ eventId: 'a', kind: 'success' }, { eventId: 'b', kind: 'success' }])).toEqual([
      { eventId: 'a', kind: 'rejection' },
      { eventId: 'b', kind: 'success' },
    ]);
  });
});

describe('lifecycle edits', () => {
  const base = withTransition(withAcceptedIn(withState(withState(undefined, ' Draft '), 'Open'), 'c1', ['Open', 'Draft']), 'e1', 'Open');

  it('builds a lifecycle the model accepts, states in the aggregate’s order', () => {
    expect(Lifecycle.safeParse(base).success).toBe(true);
    expect(base.states).toEqual(['Draft', 'Open']);
    expect(base.acceptedIn).toEqual([{ commandId: 'c1', states: ['Draft', 'Open'] }]);
  });

  it('a rename follows the state everywhere it is used', () => {
    const renamed = withStateRenamed(base, 'Open', 'Submitted');
    expect(renamed).toEqual({ ...base, states: ['Draft', 'Submitted'], acceptedIn: [{ commandId: 'c1', states: ['Draft', 'Submitted'] }], transitions: [{ eventId: 'e1', state: 'Submitted' }] });
    expect(Lifecycle.safeParse(renamed).success).toBe(true);
  });

  it('removing a state removes its uses; a command left with none is accepted everywhere again', () => {
    const once = withoutState(base, 'Open');
    expect(once.acceptedIn).toEqual([{ commandId: 'c1', states: ['Draft'] }]);
    expect(once.transitions).toEqual([]);
    expect(withoutState(once, 'Draft').acceptedIn).toEqual([]);
    expect(withAcceptedIn(base, 'c1', []).acceptedIn).toEqual([]);
  });

  it('refuses empty and duplicate state names with a readable reason', () => {
    expect(stateNameIssue(base, '  ')).toBe('a state needs a name');
    expect(stateNameIssue(base, 'Open')).toBe('there is already a state "Open"');
    expect(stateNameIssue(base, 'Open', 'Open')).toBeNull();
    expect(stateNameIssue(base, 'Closed')).toBeNull();
  });
});

describe('mapping edits', () => {
  it('records one field’s source, replacing only that field', () => {
    const once = withFieldSource([], 'cmd', 'orderId', { kind: 'eventField', field: 'id' });
    const twice = withFieldSource(once, 'cmd', 'note', { kind: 'constant', value: 'hi' });
    expect(withFieldSource(twice, 'cmd', 'orderId', { kind: 'unmapped' })).toEqual([
      { commandId: 'cmd', fields: [{ field: 'orderId', source: { kind: 'unmapped' } }, { field: 'note', source: { kind: 'constant', value: 'hi' } }] },
    ]);
  });
});

describe('schedule drafts', () => {
  it('only a schedule the model accepts is saved; the rest gives readable reasons', () => {
    const draft = scheduleDraft(undefined);
    expect(parseScheduleDraft(draft)).toEqual({ ok: true, schedule: null });
    expect(parseScheduleDraft({ ...draft, kind: 'cron', expression: ' 0 2 * * * ' })).toEqual({ ok: true, schedule: { kind: 'cron', expression: '0 2 * * *' } });
    expect(parseScheduleDraft({ ...draft, kind: 'cron', expression: '61 * * * *' })).toEqual({ ok: false, issues: ['a cron expression of five fields, e.g. "0 2 * * *"'] });
    expect(parseScheduleDraft({ ...draft, kind: 'after', duration: '14 days', eventId: 'e1' })).toEqual({ ok: false, issues: ['an ISO 8601 duration, e.g. "P14D" or "PT2H"'] });
    expect(parseScheduleDraft({ ...draft, kind: 'after', duration: 'P14D', eventId: '' })).toEqual({ ok: false, issues: ['choose the event it follows'] });
    expect(parseScheduleDraft({ ...draft, kind: 'after', duration: 'P14D', eventId: 'e1' })).toEqual({ ok: true, schedule: { kind: 'after', duration: 'P14D', eventId: 'e1' } });
    expect(scheduleDraft({ kind: 'after', duration: 'P14D', eventId: 'e1' })).toEqual({ kind: 'after', expression: '', duration: 'P14D', eventId: 'e1' });
  });
});

describe('code names', () => {
  it('empty means derive; anything else must be an ASCII identifier', () => {
    expect(codeNameIssue('')).toBeNull();
    expect(codeNameIssue('createReservation')).toBeNull();
    expect(codeNameIssue('3d')).toMatch(/starting with a letter/);
    expect(codeNameIssue('예약')).toMatch(/ASCII/);
  });
});

describe('the store index answers the model’s decision queries', () => {
  it('sees outcomes, lifecycles and mappings written through the Yjs binding, and undo takes them back', () => {
    const doc = new Y.Doc();
    const origin = { user: 'me' };
    const undo = new Y.UndoManager(Object.values(boardMaps(doc)), { trackedOrigins: new Set([origin]) });
    const board = createBoardStore(doc, { readOnly: false });
    const fields = [{ name: 'spaceId', type: 'uuid' as const, list: false, required: true, description: '' }];
    const reserve = addSticky(doc, { kind: 'command', position: { x: 0, y: 0 }, text: 'Reserve Space', fields });
    const vessel = addSticky(doc, { kind: 'aggregate', position: { x: 200, y: 0 }, text: 'Vessel' });
    const reserved = addSticky(doc, { kind: 'event', position: { x: 400, y: 0 }, text: 'Space Reserved', fields });
    const refused = addSticky(doc, { kind: 'event', position: { x: 400, y: 150 }, text: 'Space Refused' });
    const policy = addSticky(doc, { kind: 'policy', position: { x: 600, y: 0 }, text: 'Confirm' });
    const confirm = addSticky(doc, { kind: 'command', position: { x: 800, y: 0 }, text: 'Confirm Space', fields: [...fields, { ...fields[0]!, name: 'note' }] });
    for (const [a, b] of [[reserve, vessel], [vessel, reserved], [vessel, refused], [reserved, policy], [policy, confirm]] as const) addLink(doc, a, b);
    const index = () => storeIndex(board.store.getState());

    // The heuristic is a suggestion only: nothing is recorded until someone accepts it.
    expect(suggestOutcomes(index(), reserve)).toEqual([{ eventId: reserved, kind: 'success' }, { eventId: refused, kind: 'rejection' }]);
    expect(board.store.getState().stickies.get(reserve)?.outcomes).toBeUndefined();

    updateSticky(doc, reserve, { outcomes: withSuggestedOutcomes([], suggestOutcomes(index(), reserve)) }, origin);
    updateSticky(doc, vessel, { lifecycle: withTransition(withState(undefined, 'Reserved'), reserved, 'Reserved') }, origin);
    const mappings = policyMapping(index(), policy)[0]!;
    expect(mappings.fields.map((f) => [f.field.name, f.origin])).toEqual([['spaceId', 'byName'], ['note', 'unmapped']]);
    undo.stopCapturing();
    updateSticky(doc, policy, { mappings: withFieldSource([], confirm, 'note', { kind: 'constant', value: 'auto' }) }, origin);

    expect(lifecycleOf(index(), vessel)?.commands[0]?.outcomes.map((o) => [o.event.text, o.kind])).toEqual([['Space Reserved', 'success'], ['Space Refused', 'rejection']]);
    expect(lifecycleOf(index(), vessel)?.resultingState.get(reserved)).toBe('Reserved');
    expect(policyMapping(index(), policy)[0]!.unmappedRequired).toEqual([]);
    expect(docToBoard(doc).stickies.find((s) => s.id === reserve)?.outcomes).toHaveLength(2);

    // Each edit is its own undo step of this user's.
    undo.undo();
    expect(policyMapping(index(), policy)[0]!.fields[1]?.origin).toBe('unmapped');
    expect(board.store.getState().stickies.get(reserve)?.outcomes).toHaveLength(2);
  });
});

describe('row key edits', () => {
  it('records how an event finds its row per key field, and forgets parts of fields dropped from the key', () => {
    let key = withKeyFields(undefined, ['shipperId', 'bookingNo']);
    key = withKeyPart(key, 'placed', 'shipperId', { kind: 'eventField', field: 'shipper' });
    key = withKeyPart(key, 'placed', 'bookingNo', { kind: 'aggregateId' });
    key = withKeyPart(key, 'placed', 'shipperId', { kind: 'eventField', field: 'shipperId' });
    key = withRowLookup(key, 'cancelled', { kind: 'creates' });
    expect(key).toEqual({
      fields: ['shipperId', 'bookingNo'],
      events: [
        { eventId: 'placed', row: { kind: 'find', parts: [{ keyField: 'bookingNo', source: { kind: 'aggregateId' } }, { keyField: 'shipperId', source: { kind: 'eventField', field: 'shipperId' } }] } },
        { eventId: 'cancelled', row: { kind: 'creates' } },
      ],
    });
    const narrowed = withKeyFields(key, ['shipperId']);
    expect(narrowed.events[0]).toEqual({ eventId: 'placed', row: { kind: 'find', parts: [{ keyField: 'shipperId', source: { kind: 'eventField', field: 'shipperId' } }] } });
    expect(withRowLookup(narrowed, 'cancelled', null).events.map((e) => e.eventId)).toEqual(['placed']);
  });
});
