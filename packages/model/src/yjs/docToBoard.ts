import type * as Y from 'yjs';
import type { Board } from '../schema/Board';
import { EdgeMode } from '../schema/BorisOverrides';
import { withoutDanglingDecisions } from '../decisions/repair';
import { compareIds } from '../schema/ids';
import { repairLink, withExistingLane, withOwnedMembers, withSliceEvents, withSoundRelationships, withUniqueIds } from '../invariants/index';
import { clipText, DERIVED_ID_MAX_LENGTH, SNAP_DERIVED_ID_MAX_LENGTH, TEXT_LIMITS } from '../schema/text';
import { BOARD_KEYS, boardMaps } from './layout';
import {
  readBorisEdge,
  readContext,
  readGoal,
  readLink,
  readPoint,
  readRelationship,
  readSlice,
  readSnapEntry,
  readSticky,
  readSwimlane,
} from './read';

const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);

/** Reads every value of `map` with `read`, dropping unusable ones, sorted by id. */
function readAll<T extends { id: string }>(map: Y.Map<unknown>, read: (id: string, value: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const [id, value] of map.entries()) {
    const record = read(id, value);
    if (record) out.push(record);
  }
  return out.sort(byId);
}

/** Sets `key` on a plain record without letting a key like "__proto__" touch the prototype. */
function put<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Keys (≤ `max` chars) of a map whose value is `true`, sorted. */
function trueKeys(map: Y.Map<unknown>, max: number): string[] {
  const out: string[] = [];
  for (const [key, value] of map.entries()) if (value === true && key.length <= max) out.push(key);
  return out.sort(compareIds);
}

/**
 * Converts a board document into a board that passes the `Board` schema and the
 * integrity rules, whatever peers wrote. Concurrent edits can leave dangling
 * references (a link to a sticky deleted at the same time, a member or slice event that
 * no longer exists, a sticky that joined two contexts at once): those are repaired here
 * (a doubly claimed sticky stays in the context with the smallest id), and decisions naming a
 * deleted sticky (an outcome, a creating command, a mapped command) lose that part. Unusable records are skipped, and an id
 * used by two records of different types is kept only for the first type in the order
 * stickies, contexts, swimlanes, goals, slices, links, relationships, Boris edges, SNAP
 * entries. Records come out sorted by id (canonical order). The document is not changed.
 */
export function docToBoard(doc: Y.Doc): Board {
  const maps = boardMaps(doc);
  // Ids must be unique across all record types; earlier types win (invariants/recordIds.ts).
  const records = withUniqueIds({
    sticky: readAll(maps.stickies, (id, v) => readSticky(v, id)),
    context: readAll(maps.contexts, (id, v) => readContext(v, id)),
    swimlane: readAll(maps.swimlanes, readSwimlane),
    goal: readAll(maps.goals, readGoal),
    slice: readAll(maps.slices, readSlice),
    link: readAll(maps.links, readLink),
    relationship: readAll(maps.relationships, readRelationship),
    'Boris edge': readAll(maps.borisAddedEdges, readBorisEdge),
    'SNAP-E entry': readAll(maps.snapManual, readSnapEntry),
  });
  const kindById = new Map(records.sticky.map((s) => [s.id, s.kind]));
  const kindOf = (id: string) => kindById.get(id);
  const { swimlane: swimlanes, goal: goals } = records;
  const laneIds = new Set(swimlanes.map((l) => l.id));
  const isLane = (id: string) => laneIds.has(id);
  const stickies = records.sticky.map((s) => withExistingLane(withoutDanglingDecisions(s, kindOf), isLane));
  // A sticky belongs to at most one context; concurrent joins keep the smallest context id.
  const contexts = withOwnedMembers(records.context, (id) => kindById.has(id));
  const contextIds = new Set(contexts.map((c) => c.id));
  const isContext = (id: string) => contextIds.has(id);
  const slices = records.slice.map((slice) => withSliceEvents(slice, kindOf));

  const nodePositions: Record<string, { x: number; y: number }> = {};
  for (const key of [...maps.borisNodePositions.keys()].sort(compareIds)) {
    const p = readPoint(maps.borisNodePositions.get(key));
    if (p && key.length <= DERIVED_ID_MAX_LENGTH) put(nodePositions, key, p);
  }
  const notes: Record<string, string> = {};
  for (const key of [...maps.borisNotes.keys()].sort(compareIds)) {
    const note = maps.borisNotes.get(key);
    if (typeof note === 'string' && key.length <= DERIVED_ID_MAX_LENGTH) put(notes, key, clipText(note, TEXT_LIMITS.note));
  }

  const edgeModes: Record<string, EdgeMode> = {};
  for (const key of [...maps.borisEdgeModes.keys()].sort(compareIds)) {
    const mode = EdgeMode.safeParse(maps.borisEdgeModes.get(key));
    if (mode.success && key.length <= DERIVED_ID_MAX_LENGTH) put(edgeModes, key, mode.data);
  }

  const name = maps.board.get(BOARD_KEYS.name);
  return {
    name: typeof name === 'string' ? clipText(name, TEXT_LIMITS.name) : '',
    goals,
    stickies,
    links: records.link.flatMap((l) => repairLink(l, kindOf) ?? []),
    contexts,
    relationships: withSoundRelationships(records.relationship, isContext).map((r) => ({
      ...r,
      upstreamPatterns: [...r.upstreamPatterns].sort(compareIds),
      downstreamPatterns: [...r.downstreamPatterns].sort(compareIds),
    })),
    swimlanes,
    slices,
    boris: {
      nodePositions,
      hiddenEdgeIds: trueKeys(maps.borisHiddenEdges, DERIVED_ID_MAX_LENGTH),
      addedEdges: records['Boris edge'],
      notes,
      ...(Object.keys(edgeModes).length > 0 ? { edgeModes } : {}),
    },
    snap: { manualEntries: records['SNAP-E entry'].filter((e) => isContext(e.contextId)), dismissedIds: trueKeys(maps.snapDismissed, SNAP_DERIVED_ID_MAX_LENGTH) },
  };
}
