import type * as Y from 'yjs';
import { inferLinkKind, isAllowedLink } from '../grammar';
import type { Board } from '../schema/Board';
import { EdgeMode } from '../schema/BorisOverrides';
import type { Link } from '../schema/Link';
import type { Sticky } from '../schema/Sticky';
import { withoutDanglingDecisions } from '../decisions/repair';
import { BOARD_KEYS, boardMaps } from './layout';
import { isReservedId } from './newId';
import {
  compareIds,
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

/** Keeps a link whose ends exist and whose kind fits them; re-infers the kind after a concurrent kind change. */
function repairLink(link: Link, stickies: ReadonlyMap<string, Sticky>): Link | null {
  const from = stickies.get(link.from);
  const to = stickies.get(link.to);
  if (!from || !to || from === to) return null;
  if (isAllowedLink(link.kind, from.kind, to.kind)) return link;
  const inferred = inferLinkKind(from.kind, to.kind);
  return inferred.ok ? { ...link, kind: inferred.kind } : null;
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
  const used = new Set<string>();
  // Ids must be unique across all record types; earlier types win.
  const unique = <T extends { id: string }>(records: T[]): T[] =>
    records.filter((r) => (used.has(r.id) || isReservedId(r.id) ? false : (used.add(r.id), true)));

  const readStickies = unique(readAll(maps.stickies, (id, v) => readSticky(v, id)));
  const kindById = new Map(readStickies.map((s) => [s.id, s.kind]));
  const stickies = readStickies.map((s) => withoutDanglingDecisions(s, (id) => kindById.get(id)));
  const contexts = unique(readAll(maps.contexts, (id, v) => readContext(v, id)));
  const swimlanes = unique(readAll(maps.swimlanes, readSwimlane));
  const goals = unique(readAll(maps.goals, readGoal));
  const slices = unique(readAll(maps.slices, readSlice));
  const links = unique(readAll(maps.links, readLink));
  const relationships = unique(readAll(maps.relationships, readRelationship));
  const addedEdges = unique(readAll(maps.borisAddedEdges, readBorisEdge));
  const manualEntries = unique(readAll(maps.snapManual, readSnapEntry));

  const stickyById = new Map(stickies.map((s) => [s.id, s]));
  const laneIds = new Set(swimlanes.map((l) => l.id));
  const contextIds = new Set(contexts.map((c) => c.id));

  for (const s of stickies) if (s.laneId !== null && !laneIds.has(s.laneId)) s.laneId = null;
  // A sticky belongs to at most one context; concurrent joins keep the smallest context id.
  const member = new Set<string>();
  for (const c of contexts) c.memberIds = c.memberIds.filter((id) => stickyById.has(id) && !member.has(id) && (member.add(id), true));
  for (const slice of slices) {
    const seen = new Set<string>();
    slice.eventIds = slice.eventIds.filter(
      (id) => stickyById.get(id)?.kind === 'event' && !seen.has(id) && (seen.add(id), true),
    );
  }

  const nodePositions: Record<string, { x: number; y: number }> = {};
  for (const key of [...maps.borisNodePositions.keys()].sort(compareIds)) {
    const p = readPoint(maps.borisNodePositions.get(key));
    if (p && key.length <= 200) put(nodePositions, key, p);
  }
  const notes: Record<string, string> = {};
  for (const key of [...maps.borisNotes.keys()].sort(compareIds)) {
    const note = maps.borisNotes.get(key);
    if (typeof note === 'string' && note.length <= 5000 && key.length <= 200) put(notes, key, note);
  }

  const edgeModes: Record<string, EdgeMode> = {};
  for (const key of [...maps.borisEdgeModes.keys()].sort(compareIds)) {
    const mode = EdgeMode.safeParse(maps.borisEdgeModes.get(key));
    if (mode.success && key.length <= 200) put(edgeModes, key, mode.data);
  }

  const name = maps.board.get(BOARD_KEYS.name);
  return {
    name: typeof name === 'string' ? name.slice(0, 200) : '',
    goals,
    stickies,
    links: links.flatMap((l) => repairLink(l, stickyById) ?? []),
    contexts,
    relationships: relationships.flatMap((r) =>
      r.upstreamId !== r.downstreamId && contextIds.has(r.upstreamId) && contextIds.has(r.downstreamId)
        ? [{ ...r, upstreamPatterns: r.upstreamPatterns.sort(compareIds), downstreamPatterns: r.downstreamPatterns.sort(compareIds) }]
        : [],
    ),
    swimlanes,
    slices,
    boris: { nodePositions, hiddenEdgeIds: trueKeys(maps.borisHiddenEdges, 200), addedEdges, notes, ...(Object.keys(edgeModes).length > 0 ? { edgeModes } : {}) },
    snap: { manualEntries: manualEntries.filter((e) => contextIds.has(e.contextId)), dismissedIds: trueKeys(maps.snapDismissed, 300) },
  };
}
