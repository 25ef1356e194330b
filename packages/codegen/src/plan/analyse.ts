import type { Board, Link, LinkKind, Sticky, StickyKind } from '@stormscape/model';
import { sameNameKey } from '@stormscape/model';
import { oneLine } from '../naming/words';

/**
 * Lookup tables over one board for planning (one linear pass). Membership is explicit:
 * a sticky listed in several contexts belongs to the first, as in the model's queries.
 */
export interface BoardLookup {
  readonly sticky: (id: string) => Sticky | undefined;
  readonly contextOf: (stickyId: string) => string | null;
  /** Stickies at the other end of `kind` links leaving `id`, in board order. */
  readonly targets: (id: string, kind: LinkKind, toKind?: StickyKind) => Sticky[];
  /** Stickies at the other end of `kind` links arriving at `id`, in board order. */
  readonly sources: (id: string, kind: LinkKind, fromKind?: StickyKind) => Sticky[];
  readonly ofKind: (kind: StickyKind) => Sticky[];
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function lookupBoard(board: Board): BoardLookup {
  const byId = new Map<string, Sticky>();
  const byKind = new Map<string, Sticky[]>();
  for (const sticky of board.stickies) {
    if (byId.has(sticky.id)) continue;
    byId.set(sticky.id, sticky);
    push(byKind, sticky.kind, sticky);
  }
  const from = new Map<string, Link[]>();
  const to = new Map<string, Link[]>();
  for (const link of board.links) {
    push(from, link.from, link);
    push(to, link.to, link);
  }
  const contextOf = new Map<string, string>();
  for (const context of board.contexts) {
    for (const member of context.memberIds) if (!contextOf.has(member)) contextOf.set(member, context.id);
  }
  const ends = (links: readonly Link[] | undefined, kind: LinkKind, end: 'from' | 'to', want?: StickyKind): Sticky[] => {
    const out: Sticky[] = [];
    const seen = new Set<string>();
    for (const link of links ?? []) {
      if (link.kind !== kind) continue;
      const sticky = byId.get(link[end]);
      if (!sticky || seen.has(sticky.id) || (want !== undefined && sticky.kind !== want)) continue;
      seen.add(sticky.id);
      out.push(sticky);
    }
    return out;
  };
  return {
    sticky: (id) => byId.get(id),
    contextOf: (id) => contextOf.get(id) ?? null,
    targets: (id, kind, toKind) => ends(from.get(id), kind, 'to', toKind),
    sources: (id, kind, fromKind) => ends(to.get(id), kind, 'from', fromKind),
    ofKind: (kind) => byKind.get(kind) ?? [],
  };
}

/** Display name of a sticky: its text on one line (empty when blank). */
export function displayName(sticky: Sticky): string {
  return oneLine(sticky.text);
}

/**
 * Key under which two names are the same: the model's `sameNameKey` (their code words),
 * the one lint A2 uses too, so lint and codegen agree on duplicates.
 */
export const nameKey = sameNameKey;

/** Centre of a sticky, for "which command is this event next to" decisions. */
export function centre(sticky: Sticky): { x: number; y: number } {
  return { x: sticky.position.x + sticky.size.width / 2, y: sticky.position.y + sticky.size.height / 2 };
}
