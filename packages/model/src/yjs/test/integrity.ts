// Test support (not exported): a minimal integrity check used by the Yjs tests until
// `checkBoardIntegrity` from src/file is available; see README.md in this folder.
import { isAllowedLink } from '../../grammar';
import { Board } from '../../schema/Board';

/** Problems that make `board` unusable: schema errors and broken cross-record references. */
export function boardProblems(board: Board): string[] {
  const problems: string[] = [];
  const parsed = Board.safeParse(board);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const seen = new Set<string>();
  const all = [
    ...board.stickies, ...board.links, ...board.contexts, ...board.goals, ...board.swimlanes, ...board.slices,
    ...board.relationships, ...board.boris.addedEdges, ...board.snap.manualEntries,
  ];
  for (const r of all) {
    if (seen.has(r.id)) problems.push(`duplicate id ${r.id}`);
    seen.add(r.id);
  }
  const stickies = new Map(board.stickies.map((s) => [s.id, s]));
  const lanes = new Set(board.swimlanes.map((l) => l.id));
  const contexts = new Set(board.contexts.map((c) => c.id));
  for (const s of board.stickies) if (s.laneId !== null && !lanes.has(s.laneId)) problems.push(`sticky ${s.id}: no lane ${s.laneId}`);
  for (const l of board.links) {
    const from = stickies.get(l.from);
    const to = stickies.get(l.to);
    if (!from || !to) problems.push(`link ${l.id}: dangling end`);
    else if (!isAllowedLink(l.kind, from.kind, to.kind)) problems.push(`link ${l.id}: ${l.kind} not allowed`);
  }
  const memberOf = new Map<string, string>();
  for (const c of board.contexts) {
    for (const m of c.memberIds) {
      if (!stickies.has(m)) problems.push(`context ${c.id}: no sticky ${m}`);
      if (memberOf.has(m)) problems.push(`sticky ${m} in ${memberOf.get(m)} and ${c.id}`);
      memberOf.set(m, c.id);
    }
    if (new Set(c.memberIds).size !== c.memberIds.length) problems.push(`context ${c.id}: duplicate members`);
  }
  for (const s of board.slices) {
    for (const e of s.eventIds) if (stickies.get(e)?.kind !== 'event') problems.push(`slice ${s.id}: ${e} is not an event`);
    if (new Set(s.eventIds).size !== s.eventIds.length) problems.push(`slice ${s.id}: duplicate events`);
  }
  for (const r of board.relationships) {
    if (!contexts.has(r.upstreamId) || !contexts.has(r.downstreamId)) problems.push(`relationship ${r.id}: dangling context`);
  }
  for (const e of board.snap.manualEntries) if (!contexts.has(e.contextId)) problems.push(`snap ${e.id}: dangling context`);
  return problems;
}
