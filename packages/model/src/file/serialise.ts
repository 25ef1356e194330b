import { CURRENT_BOARD_VERSION } from '../migrations/index';
import { Board } from '../schema/Board';
import type { Shape } from './schemaShape';
import { compareIds } from '../schema/ids';
import { shapeOf } from './schemaShape';
import { BOARD_FILE_FORMAT } from './envelope';

const byId = <T extends { id: string }>(records: readonly T[]): T[] => [...records].sort((a, b) => compareIds(a.id, b.id));
/** Set-like lists: sorted, each value once (the shared document keeps them as map keys). */
const sortedStrings = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort(compareIds);

/**
 * A copy of `value` with object keys in sorted order (the schema's keys only), record
 * keys sorted, `undefined` properties dropped and -0 written as 0 (JSON cannot tell them
 * apart). Arrays keep their order.
 */
function withSortedKeys(shape: Shape, value: unknown): unknown {
  if (shape === null || value === null || typeof value !== 'object') return typeof value === 'number' && Object.is(value, -0) ? 0 : value;
  if (shape.type === 'array') {
    const list = value as readonly unknown[];
    const out = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = withSortedKeys(shape.element, list[i]);
    return out;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (shape.type === 'record') {
    for (const key of Object.keys(source).sort(compareIds)) {
      const child = withSortedKeys(shape.value, source[key]);
      // Plain assignment of "__proto__" would set the prototype instead of a key.
      if (key === '__proto__') Object.defineProperty(out, key, { value: child, enumerable: true, writable: true, configurable: true });
      else if (child !== undefined) out[key] = child;
    }
    return out;
  }
  for (let i = 0; i < shape.keys.length; i++) {
    const key = shape.keys[i] as string;
    const child = source[key];
    if (child !== undefined) out[key] = withSortedKeys(shape.shapes[i] ?? null, child);
  }
  return out;
}

/**
 * The board in file order: records sorted by id, set-like id lists (context members,
 * hidden Boris edges, dismissed SNAP-E entries, relationship patterns) sorted without duplicates, object keys
 * sorted and limited to the schema's. Ordered lists keep their order (slice events, key
 * results, fields, canvas lists). Stickies have no meaningful array order: in the shared
 * document they are keyed by id.
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
  return withSortedKeys(shapeOf(Board), ordered) as Board;
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
