import type { Board } from '../schema/Board';

/**
 * The board as `viewerId` should see it during silent writing: stickies in `hidden`
 * (sticky id → author id) written by someone else are left out, with the links
 * touching them and their context memberships, until the facilitator reveals all.
 */
export function visibleBoard(
  board: Board,
  hidden: ReadonlyMap<string, string>,
  viewerId: string,
): Board {
  if (hidden.size === 0) return board;
  const gone = new Set<string>();
  for (const [stickyId, authorId] of hidden) if (authorId !== viewerId) gone.add(stickyId);
  if (gone.size === 0) return board;
  return {
    ...board,
    stickies: board.stickies.filter((s) => !gone.has(s.id)),
    links: board.links.filter((l) => !gone.has(l.from) && !gone.has(l.to)),
    contexts: board.contexts.map((c) =>
      c.memberIds.some((id) => gone.has(id)) ? { ...c, memberIds: c.memberIds.filter((id) => !gone.has(id)) } : c,
    ),
    slices: board.slices.map((s) =>
      s.eventIds.some((id) => gone.has(id)) ? { ...s, eventIds: s.eventIds.filter((id) => !gone.has(id)) } : s,
    ),
  };
}
