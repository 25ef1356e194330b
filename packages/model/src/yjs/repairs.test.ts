import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getExample } from '../examples/index';
import { withoutDanglingDecisions } from '../decisions/repair';
import { checkBoardIntegrity } from '../file/index';
import type { Board } from '../schema/Board';
import { deleteContext } from './contexts';
import { docToBoard } from './docToBoard';
import { boardMaps, STICKY_KEYS } from './layout';
import { addRelationship, addSlice, addSwimlane, deleteSwimlane } from './records';
import { deleteStickies, updateSticky } from './stickies';
import { replicasOf, runStep } from './test/replicas';

// Deleting a context, an event or a lane from the live document: the delete writes the
// model's repair in the same transaction (one undo step, the caller's origin), what a
// peer did at the same time is repaired by docToBoard on read, and the board stays valid
// with nothing else lost.

const ORIGIN = { user: 'test' };

/** Two synced replicas of the library example; `merge` exchanges what each did since. */
function replicas() {
  const net = replicasOf(getExample('library-lending')?.board as Board, 2);
  const [a, b] = net.docs as [Y.Doc, Y.Doc];
  const merge = () => {
    runStep(net, { t: 'sync', from: 1, to: 0 });
    runStep(net, { t: 'sync', from: 0, to: 1 });
  };
  return { a, b, merge };
}

/** Deletes, undoes with a manager tracking ORIGIN and checks the board is back as it was. */
function expectOneUndoStep(doc: Y.Doc, edit: () => void) {
  const before = docToBoard(doc);
  const undo = new Y.UndoManager(Object.values(boardMaps(doc)), { trackedOrigins: new Set([ORIGIN]) });
  edit();
  expect(undo.undoStack.length).toBe(1);
  undo.undo();
  expect(docToBoard(doc)).toEqual(before);
  undo.destroy();
}

describe('deleting from the live document repairs what refers to it', () => {
  it('a context goes with its relationships (also one drawn to it at the same time); nothing else changes', () => {
    const { a, b, merge } = replicas();
    const before = docToBoard(a);
    const gone = 'll-ctx-fines';
    expectOneUndoStep(a, () => deleteContext(a, gone, ORIGIN));

    deleteContext(a, gone, ORIGIN);
    // The document itself no longer holds them (not only hidden on read).
    expect([...boardMaps(a).relationships.values()].filter((r) => JSON.stringify(r).includes(`"${gone}"`))).toEqual([]);
    addRelationship(b, { id: 'll-rel-late', kind: 'customerSupplier', upstreamId: 'll-ctx-catalogue', downstreamId: gone });
    merge();
    const after = docToBoard(a);
    expect(checkBoardIntegrity(after)).toEqual([]);
    const touches = (r: Board['relationships'][number]) => r.upstreamId === gone || r.downstreamId === gone;
    expect(before.relationships.filter(touches).length).toBeGreaterThan(0);
    expect(after).toEqual({
      ...before,
      contexts: before.contexts.filter((c) => c.id !== gone),
      relationships: before.relationships.filter((r) => !touches(r)),
      snap: { ...before.snap, manualEntries: before.snap.manualEntries.filter((e) => e.contextId !== gone) },
    });
    // The late relationship is hidden on read; the next delete removes it from the document.
    expect(boardMaps(a).relationships.has('ll-rel-late')).toBe(true);
    deleteContext(b, 'll-ctx-nothing', ORIGIN);
    merge();
    expect(boardMaps(a).relationships.has('ll-rel-late')).toBe(false);
    expect(docToBoard(a)).toEqual(after);
  });

  it('an event leaves its slices (also one made with it at the same time), the rest of each slice keeps its order', () => {
    const { a, b, merge } = replicas();
    const before = docToBoard(a);
    const gone = 'll-evt-loan-opened';
    expect(before.slices.every((s) => s.eventIds.includes(gone))).toBe(true);
    expectOneUndoStep(a, () => deleteStickies(a, [gone], ORIGIN));

    deleteStickies(a, [gone], ORIGIN);
    expect([...boardMaps(a).slices.values()].filter((v) => JSON.stringify(v).includes(`"${gone}"`))).toEqual([]);
    // A peer makes a slice with the event at the same time.
    addSlice(b, { id: 'll-slice-late', name: 'Late', colour: '#123456', eventIds: ['ll-evt-hold-placed', gone, 'll-evt-fine-paid'] });
    merge();
    const after = docToBoard(a);
    expect(checkBoardIntegrity(after)).toEqual([]);
    expect(new Map(after.slices.map((s) => [s.id, s.eventIds]))).toEqual(
      new Map([
        ...before.slices.map((s) => [s.id, s.eventIds.filter((id) => id !== gone)] as const),
        ['ll-slice-late', ['ll-evt-hold-placed', 'll-evt-fine-paid']],
      ]),
    );
    // Decisions naming the event (an outcome, a transition) lose that part, as docToBoard reads them.
    const kindOf = (id: string) => (id === gone ? undefined : before.stickies.find((s) => s.id === id)?.kind);
    expect(after.stickies).toEqual(before.stickies.filter((s) => s.id !== gone).map((s) => withoutDanglingDecisions(s, kindOf)));
    expect(after.links).toEqual(before.links.filter((l) => l.from !== gone && l.to !== gone));
    expect(after.relationships).toEqual(before.relationships);
  });

  it('a lane goes and its stickies keep their place with no lane (also one dropped into it at the same time)', () => {
    const { a, b, merge } = replicas();
    const before = docToBoard(a);
    const gone = 'll-lane-member';
    const inLane = new Set(before.stickies.filter((s) => s.laneId === gone).map((s) => s.id));
    expect(inLane.size).toBeGreaterThan(0);
    expectOneUndoStep(a, () => deleteSwimlane(a, gone, ORIGIN));

    const dropped = before.stickies.find((s) => s.laneId !== gone && s.laneId !== null)!;
    deleteSwimlane(a, gone, ORIGIN);
    expect([...boardMaps(a).stickies.values()].filter((m) => (m as Y.Map<unknown>).get(STICKY_KEYS.laneId) === gone)).toEqual([]);
    updateSticky(b, dropped.id, { laneId: gone });
    merge();
    const after = docToBoard(a);
    expect(checkBoardIntegrity(after)).toEqual([]);
    expect(after.swimlanes).toEqual(before.swimlanes.filter((l) => l.id !== gone));
    expect(after.stickies).toEqual(before.stickies.map((s) => (inLane.has(s.id) || s.id === dropped.id ? { ...s, laneId: null } : s)));
    // A lane added later with the same id takes back only the sticky still stored in it.
    addSwimlane(a, { id: gone, name: 'Member again', y: 0, height: 100 });
    expect(docToBoard(a).stickies.filter((s) => s.laneId === gone).map((s) => s.id)).toEqual([dropped.id]);
  });
});
