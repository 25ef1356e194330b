import { CURRENT_BOARD_VERSION } from '../migrations/index';
import type { Board } from '../schema/Board';
import { BOARD_FILE_FORMAT } from './envelope';

// Code-unit order, not localeCompare: the file must not depend on the machine's locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => compare(a.id, b.id));
const sortedStrings = <T extends string>(values: readonly T[]): T[] => [...values].sort(compare);

/**
 * A copy of a JSON-like value with object keys in sorted order, `undefined` properties
 * dropped and -0 written as 0 (JSON cannot tell them apart). Arrays keep their order.
 */
function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortKeysDeep(value[i]);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    if (!isSorted(keys)) keys.sort(compare);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const child = source[key];
      if (child === undefined) continue;
      // Plain assignment of "__proto__" would set the prototype instead of a key.
      if (key === '__proto__') Object.defineProperty(out, key, { value: sortKeysDeep(child), enumerable: true, writable: true, configurable: true });
      else out[key] = sortKeysDeep(child);
    }
    return out;
  }
  if (typeof value === 'number' && Object.is(value, -0)) return 0;
  return value;
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/**
 * The board in file order: records sorted by id, set-like id lists (context members,
 * hidden Boris edges, dismissed SNAP-E entries, relationship patterns) sorted, object keys
 * sorted. Ordered lists keep their order (slice events, key results, fields, canvas lists).
 * Stickies have no meaningful array order: in the shared document they are keyed by id.
 */
export function canonicaliseBoard(board: Board): Board {
  const ordered: Board = {
    ...board,
    goals: byId(board.goals),
    stickies: byId(board.stickies),
    links: byId(board.links),
    contexts: byId(board.contexts).map((c) => ({ ...c, memberIds: sortedStrings(c.memberIds) })),
    relationships: byId(board.relationships).map((r) => ({
      ...r,
      upstreamPatterns: sortedStrings(r.upstreamPatterns),
      downstreamPatterns: sortedStrings(r.downstreamPatterns),
    })),
    swimlanes: byId(board.swimlanes),
    slices: byId(board.slices),
    boris: { ...board.boris, hiddenEdgeIds: sortedStrings(board.boris.hiddenEdgeIds), addedEdges: byId(board.boris.addedEdges) },
    snap: { ...board.snap, manualEntries: byId(board.snap.manualEntries), dismissedIds: sortedStrings(board.snap.dismissedIds) },
  };
  return sortKeysDeep(ordered) as Board;
}

/**
 * The canonical `*.storm.json` text of a board: the envelope (format, version, board in
 * that order, so the version is on top), the canonical board, 2-space indentation and a
 * trailing newline. Saving the same board twice gives byte-identical text, and a git
 * diff shows only what changed.
 */
export function serialiseBoard(board: Board): string {
  const envelope = { format: BOARD_FILE_FORMAT, version: CURRENT_BOARD_VERSION, board: canonicaliseBoard(board) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}
