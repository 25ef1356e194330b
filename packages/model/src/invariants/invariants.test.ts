import { describe, expect, it } from 'vitest';
import { getExample } from '../examples/index';
import { canonicaliseBoard, checkBoardIntegrity } from '../file/index';
import type { Board } from '../schema/Board';
import { boardToDoc, docToBoard } from '../yjs/index';
import { isDanglingLane, relationshipBreaches, sliceEventBreaches, withExistingLane, withSliceEvents, withSoundRelationships } from './index';

// The check/repair pairs for slice events, lanes and relationship ends, side by side with
// the file check (which reports) and docToBoard (which repairs) on one broken board.

const sound = (): Board => getExample('library-lending')?.board as Board;

/** The library board with what concurrent deletes leave behind, one of each kind. */
function broken(): Board {
  const board = sound();
  const slice = board.slices[0]!;
  // An event deleted while added to a slice, a command in the list, an event twice.
  slice.eventIds = [...slice.eventIds.slice(0, 2), 'll-evt-gone', 'll-cmd-place-hold', slice.eventIds[0]!, ...slice.eventIds.slice(2)];
  // A sticky dropped into a lane someone deleted.
  board.stickies[3] = { ...board.stickies[3]!, laneId: 'll-lane-gone' };
  // A relationship drawn to a context someone deleted, and one from a context to itself.
  board.relationships.push(
    { id: 'll-rel-gone', kind: 'customerSupplier', upstreamId: 'll-ctx-gone', downstreamId: 'll-ctx-lending', upstreamPatterns: [], downstreamPatterns: [], description: '' },
    { id: 'll-rel-self', kind: 'upstreamDownstream', upstreamId: 'll-ctx-fines', downstreamId: 'll-ctx-fines', upstreamPatterns: [], downstreamPatterns: [], description: '' },
  );
  return board;
}

/** The three repairs, applied to a plain board as docToBoard applies them to a document. */
function repaired(board: Board): Board {
  const kinds = new Map(board.stickies.map((s) => [s.id, s.kind]));
  const lanes = new Set(board.swimlanes.map((l) => l.id));
  const contexts = new Set(board.contexts.map((c) => c.id));
  return {
    ...board,
    stickies: board.stickies.map((s) => withExistingLane(s, (id) => lanes.has(id))),
    slices: board.slices.map((s) => withSliceEvents(s, (id) => kinds.get(id))),
    relationships: withSoundRelationships(board.relationships, (id) => contexts.has(id)),
  };
}

describe('slice events, lanes and relationship ends: one check/repair pair each', () => {
  it('the file check reports exactly the entries the repair drops, and the repair loses nothing else', () => {
    const board = broken();
    expect(checkBoardIntegrity(board).map((e) => `${e.path}: ${e.message}`)).toEqual([
      '$.stickies[3].laneId: swimlane "ll-lane-gone" does not exist',
      '$.relationships[5].upstreamId: context "ll-ctx-gone" does not exist',
      '$.relationships[6]: relationship connects context "ll-ctx-fines" to itself',
      '$.slices[0].eventIds[2]: event "ll-evt-gone" does not exist',
      '$.slices[0].eventIds[3]: sticky "ll-cmd-place-hold" is a command, not an event',
      `$.slices[0].eventIds[4]: event "${board.slices[0]!.eventIds[0]}" appears twice in this slice`,
    ]);
    const fixed = repaired(board);
    expect(checkBoardIntegrity(fixed)).toEqual([]);
    // Everything else is the example as it was; the sticky keeps its place, with no lane.
    const original = sound();
    expect(fixed).toEqual({ ...original, stickies: original.stickies.map((s, i) => (i === 3 ? { ...s, laneId: null } : s)) });
  });

  it('docToBoard repairs a document holding the same breaches the same way', () => {
    expect(docToBoard(boardToDoc(broken()))).toEqual(canonicaliseBoard(repaired(broken())));
  });

  it('judges each slice entry and relationship end on its own', () => {
    const kinds = new Map([['e1', 'event'], ['e2', 'event'], ['c', 'command']] as const);
    const kindOf = (id: string) => kinds.get(id as 'e1');
    expect(sliceEventBreaches(['e1', 'x', 'c', 'e2', 'e1', 'x'], kindOf).map((b) => [b.index, b.breach])).toEqual([
      [1, 'missing'], [2, 'notEvent'], [4, 'repeated'], [5, 'missing'],
    ]);
    // A sticky whose kind cannot be read is not judged (its shape is reported elsewhere).
    expect(sliceEventBreaches(['odd'], () => null)).toEqual([]);
    const slice = { id: 's', eventIds: ['e1', 'e2'] };
    expect(withSliceEvents(slice, kindOf)).toBe(slice);
    expect(relationshipBreaches({ upstreamId: 'a', downstreamId: 'b' }, () => false)).toEqual(['upstreamId', 'downstreamId']);
    expect(relationshipBreaches({ upstreamId: 'a', downstreamId: 'a' }, () => true)).toEqual(['sameContext']);
    expect(relationshipBreaches({ upstreamId: 'a', downstreamId: 'b' }, () => true)).toEqual([]);
    expect(isDanglingLane(null, () => false)).toBe(false);
    const sticky = { laneId: 'l' };
    expect(withExistingLane(sticky, () => true)).toBe(sticky);
  });
});
