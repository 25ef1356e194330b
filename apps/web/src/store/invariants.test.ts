import type { Board } from '@stormscape/model';
import { checkBoardIntegrity } from '@stormscape/model';
import {
  addContext,
  addLink,
  addSticky,
  addSwimlane,
  boardMaps,
  deleteStickies,
  deleteSwimlane,
  docToBoard,
  readContext,
  setMembership,
  STICKY_KEYS,
  updateSticky,
} from '@stormscape/model/yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardStore } from './createBoardStore';

// The model declares each board invariant once, as a check (the file integrity check) and
// a repair (used by docToBoard and by this store). These tests put the three side by side
// on documents that concurrent edits leave inconsistent.

const frame = { position: { x: 0, y: 0 }, size: { width: 400, height: 300 } };
const at = { x: 0, y: 0 };

/** Two replicas of one document, synced; `merge` exchanges what each did since. */
function replicas(seed: (doc: Y.Doc) => void) {
  const a = new Y.Doc();
  seed(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const merge = () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  return { a, b, merge };
}

/** What the store shows, in the shape of the board docToBoard returns. */
function storeView(doc: Y.Doc, store = createBoardStore(doc, { readOnly: false })) {
  const s = store.store.getState();
  const sorted = <T extends { id: string }>(m: ReadonlyMap<string, T>) => [...m.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  return {
    stickies: sorted(s.stickies).map((x) => [x.id, x.laneId]),
    contexts: sorted(s.contexts).map((c) => ({ id: c.id, memberIds: [...c.memberIds] })),
    contextOf: [...s.contextOf].sort(([x], [y]) => (x < y ? -1 : 1)),
    links: sorted(s.links),
    swimlanes: sorted(s.swimlanes).map((l) => l.id),
  };
}

function boardView(board: Board) {
  return {
    stickies: board.stickies.map((x) => [x.id, x.laneId]),
    contexts: board.contexts.map((c) => ({ id: c.id, memberIds: c.memberIds })),
    contextOf: board.contexts.flatMap((c) => c.memberIds.map((m) => [m, c.id] as [string, string])).sort(([x], [y]) => (x < y ? -1 : 1)),
    links: board.links,
    swimlanes: board.swimlanes.map((l) => l.id),
  };
}

/** The store, kept live from before the edits, and a store opened afterwards both agree with docToBoard. */
function expectAgreement(doc: Y.Doc, live: ReturnType<typeof createBoardStore>) {
  const expected = boardView(docToBoard(doc));
  expect(storeView(doc, live)).toEqual(expected);
  expect(storeView(doc)).toEqual(expected);
}

describe('the store, docToBoard and the file check apply the same invariants', () => {
  it('a sticky two people put in different contexts at once stays in the context with the smallest id', () => {
    const { a, b, merge } = replicas((doc) => {
      addSticky(doc, { id: 's', kind: 'event', position: at });
      addContext(doc, { id: 'ctx-a', name: 'A', ...frame });
      addContext(doc, { id: 'ctx-b', name: 'B', ...frame });
    });
    const live = createBoardStore(a, { readOnly: false });
    setMembership(a, 'ctx-b', ['s'], true);
    setMembership(b, 'ctx-a', ['s'], true);
    merge();

    expect(docToBoard(a).contexts.map((c) => [c.id, c.memberIds])).toEqual([['ctx-a', ['s']], ['ctx-b', []]]);
    expectAgreement(a, live);
    expect(live.store.getState().contextOf.get('s')).toBe('ctx-a');

    // The file check reports exactly the claim the repair drops.
    const stored = docToBoard(a);
    stored.contexts = stored.contexts.map((c) => readContext(boardMaps(a).contexts.get(c.id), c.id) ?? c);
    expect(checkBoardIntegrity(stored).map((e) => `${e.path}: ${e.message}`)).toEqual([
      '$.contexts[1].memberIds[0]: sticky "s" is already a member of the context at $.contexts[0]',
    ]);
  });

  it('a link to a sticky deleted at the same time is dropped; one whose end changed kind is re-inferred', () => {
    const { a, b, merge } = replicas((doc) => {
      addSticky(doc, { id: 'cmd', kind: 'command', position: at });
      addSticky(doc, { id: 'agg', kind: 'aggregate', position: at });
      addSticky(doc, { id: 'evt', kind: 'event', position: at });
      addSticky(doc, { id: 'pol', kind: 'policy', position: at });
    });
    const live = createBoardStore(a, { readOnly: false });
    deleteStickies(a, ['agg']);
    addLink(b, 'cmd', 'agg', { id: 'l-gone' });
    addLink(b, 'evt', 'pol', { id: 'l-kind' });
    // A peer turns the policy into a read model without the link repair (concurrent kind change).
    (boardMaps(a).stickies.get('pol') as Y.Map<unknown>).set(STICKY_KEYS.kind, 'readModel');
    merge();

    expect(docToBoard(a).links.map((l) => [l.id, l.kind])).toEqual([['l-kind', 'updates']]);
    expectAgreement(a, live);
    // And back: the link becomes an "activates" link again, in the store as in docToBoard.
    updateSticky(a, 'pol', { kind: 'policy' });
    expectAgreement(a, live);
  });

  it('an id used by a sticky and by a context or lane is kept by the sticky; reserved ids are never shown', () => {
    const doc = new Y.Doc();
    const live = createBoardStore(doc, { readOnly: false });
    addSticky(doc, { id: 'x', kind: 'event', position: at });
    addContext(doc, { id: 'c', name: 'C', ...frame, memberIds: ['x'] });
    addSwimlane(doc, { id: 'lane', name: 'Lane', y: 0, height: 100 });
    // Peers with the same ids in other record types, and a reserved id.
    const other = new Y.Doc();
    addContext(other, { id: 'x', name: 'Clash', ...frame });
    addSwimlane(other, { id: 'c', name: 'Clash', y: 0, height: 10 });
    addSticky(other, { id: 'lane', kind: 'note', position: at });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const reserved = new Y.Map<unknown>();
    doc.transact(() => {
      boardMaps(doc).stickies.set('constructor', reserved);
      for (const [key, value] of [[STICKY_KEYS.kind, 'event'], [STICKY_KEYS.text, ''], [STICKY_KEYS.description, ''], [STICKY_KEYS.pos, at], [STICKY_KEYS.laneId, null]] as const) reserved.set(key, value);
    });

    expect(docToBoard(doc).stickies.map((s) => s.id)).toEqual(['lane', 'x']);
    expect(docToBoard(doc).swimlanes).toEqual([]);
    expectAgreement(doc, live);
    expect(checkBoardIntegrity({ ...docToBoard(doc), swimlanes: [{ id: 'lane', name: 'L', y: 0, height: 1 }] }).map((e) => e.path)).toEqual(['$.swimlanes[0].id']);

    // The clashing sticky goes: the lane with its id is shown again, as docToBoard reads it.
    deleteStickies(doc, ['lane']);
    expect(docToBoard(doc).swimlanes.map((l) => l.id)).toEqual(['lane']);
    expectAgreement(doc, live);
  });

  it('a sticky dropped into a lane someone deletes at the same time shows no lane, and its lane again when one with that id is added', () => {
    const { a, b, merge } = replicas((doc) => {
      addSwimlane(doc, { id: 'lane-a', name: 'A', y: 0, height: 100 });
      addSwimlane(doc, { id: 'lane-b', name: 'B', y: 100, height: 100 });
      addSticky(doc, { id: 's', kind: 'event', position: at, laneId: 'lane-b' });
      addSticky(doc, { id: 't', kind: 'event', position: at, laneId: 'lane-a' });
    });
    const live = createBoardStore(a, { readOnly: false });
    deleteSwimlane(a, 'lane-a');
    updateSticky(b, 's', { laneId: 'lane-a' });
    merge();

    expect(docToBoard(a).stickies.map((s) => [s.id, s.laneId])).toEqual([['s', null], ['t', null]]);
    expectAgreement(a, live);
    // The file check reports the lane the repair takes away.
    const stored = { ...docToBoard(a), stickies: docToBoard(a).stickies.map((s) => (s.id === 's' ? { ...s, laneId: 'lane-a' } : s)) };
    expect(checkBoardIntegrity(stored).map((e) => `${e.path}: ${e.message}`)).toEqual(['$.stickies[0].laneId: swimlane "lane-a" does not exist']);

    // A lane with that id again: the sticky still stored in it shows it, in the store as in docToBoard.
    addSwimlane(b, { id: 'lane-a', name: 'A again', y: 0, height: 100 });
    merge();
    expect(docToBoard(a).stickies.map((s) => [s.id, s.laneId])).toEqual([['s', 'lane-a'], ['t', null]]);
    expectAgreement(a, live);
  });
});
