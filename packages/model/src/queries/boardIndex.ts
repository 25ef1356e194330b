import type { Board } from '../schema/Board';
import type { BoundedContext } from '../schema/BoundedContext';
import type { Link, LinkKind } from '../schema/Link';
import type { StickyKind } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';

/**
 * Lookup tables over one board, built in one linear pass so that lint and the
 * derivations stay linear on large boards. An index is a snapshot: build a new one
 * after the board changes.
 */
export interface BoardIndex {
  readonly board: Board;
  readonly stickyById: ReadonlyMap<string, Sticky>;
  readonly contextById: ReadonlyMap<string, BoundedContext>;
  /** Outgoing links per sticky id, in board order. */
  readonly linksFrom: ReadonlyMap<string, readonly Link[]>;
  /** Incoming links per sticky id, in board order. */
  readonly linksTo: ReadonlyMap<string, readonly Link[]>;
  /** Contexts a sticky is an explicit member of, in board order (usually one). */
  readonly contextIdsBySticky: ReadonlyMap<string, readonly string[]>;
  /** Existing member stickies per context id, in memberIds order. */
  readonly membersByContext: ReadonlyMap<string, readonly Sticky[]>;
  /** Every actor sticky, in board order (for geometric lookups). */
  readonly actors: readonly Sticky[];
}

const EMPTY: readonly never[] = [];

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookup tables of `board` (O(stickies + links + memberships)). */
export function indexBoard(board: Board): BoardIndex {
  const stickyById = new Map<string, Sticky>();
  const actors: Sticky[] = [];
  for (const sticky of board.stickies) {
    if (stickyById.has(sticky.id)) continue;
    stickyById.set(sticky.id, sticky);
    if (sticky.kind === 'actor') actors.push(sticky);
  }
  const contextById = new Map<string, BoundedContext>();
  for (const context of board.contexts) if (!contextById.has(context.id)) contextById.set(context.id, context);

  const linksFrom = new Map<string, Link[]>();
  const linksTo = new Map<string, Link[]>();
  for (const link of board.links) {
    push(linksFrom, link.from, link);
    push(linksTo, link.to, link);
  }

  const contextIdsBySticky = new Map<string, string[]>();
  const membersByContext = new Map<string, Sticky[]>();
  for (const context of contextById.values()) {
    const members: Sticky[] = [];
    const seen = new Set<string>();
    for (const memberId of context.memberIds) {
      const sticky = stickyById.get(memberId);
      if (!sticky || seen.has(memberId)) continue;
      seen.add(memberId);
      members.push(sticky);
      push(contextIdsBySticky, memberId, context.id);
    }
    membersByContext.set(context.id, members);
  }
  return { board, stickyById, contextById, linksFrom, linksTo, contextIdsBySticky, membersByContext, actors };
}

/** Accepts either a board or an index already built for it. */
export type BoardOrIndex = Board | BoardIndex;

/** The index of `source`, building it when given a plain board. */
export function asIndex(source: BoardOrIndex): BoardIndex {
  return 'stickyById' in source ? source : indexBoard(source);
}

/** Outgoing links of a sticky (empty when none). */
export function linksFromSticky(index: BoardIndex, id: string): readonly Link[] {
  return index.linksFrom.get(id) ?? EMPTY;
}

/** Incoming links of a sticky (empty when none). */
export function linksToSticky(index: BoardIndex, id: string): readonly Link[] {
  return index.linksTo.get(id) ?? EMPTY;
}

/**
 * Stickies reached from `id` over links of `linkKind` in direction `dir`, keeping only
 * the given kinds (links that break the grammar are ignored), without duplicates, in
 * link order.
 */
export function neighbours(
  index: BoardIndex,
  id: string,
  dir: 'out' | 'in',
  linkKind: LinkKind,
  kinds: readonly StickyKind[],
): Sticky[] {
  const links = dir === 'out' ? linksFromSticky(index, id) : linksToSticky(index, id);
  const out: Sticky[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    if (link.kind !== linkKind) continue;
    const other = index.stickyById.get(dir === 'out' ? link.to : link.from);
    if (!other || !kinds.includes(other.kind) || seen.has(other.id)) continue;
    seen.add(other.id);
    out.push(other);
  }
  return out;
}
