import { z } from 'zod';
import { compareIds } from '../schema/ids';

/** Default number of dots each participant gets in a dot vote. */
export const DEFAULT_DOTS_PER_PARTICIPANT = 3;

/** What a dot vote is on: open hotspots (which problems first) or events (which parts of the flow). */
export const VOTE_TARGETS = ['hotspot', 'event'] as const;
export const VoteTarget = z.enum(VOTE_TARGETS);
export type VoteTarget = z.infer<typeof VoteTarget>;

/** One dot a participant placed on a sticky (a hotspot or an event). */
export const DotVote = z.object({
  participantId: z.string().min(1).max(200),
  targetId: z.string().min(1).max(200),
});
export type DotVote = z.infer<typeof DotVote>;

/** One line of a ranking: how many dots a target got, its rank (ties share a rank). */
export interface RankedTarget {
  readonly targetId: string;
  readonly count: number;
  /** Competition ranking: 1, 2, 2, 4. */
  readonly rank: number;
  /** How many different participants voted for it. */
  readonly voters: number;
}

/** Dots per target id. */
export function tallyVotes(votes: readonly DotVote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
  return counts;
}

/** How many dots `participantId` has placed. */
export function dotsUsed(votes: readonly DotVote[], participantId: string): number {
  return votes.reduce((n, v) => (v.participantId === participantId ? n + 1 : n), 0);
}

/**
 * Targets ordered by votes, most first; ties keep the order of `order` (e.g. the board's
 * timeline) and then target id, so every participant sees the same list. Targets
 * listed in `order` but without votes are omitted unless `includeZero` is set; votes
 * for targets not in `validIds` (deleted stickies) are ignored when it is given.
 */
export function rankVotes(
  votes: readonly DotVote[],
  options: { order?: readonly string[]; validIds?: ReadonlySet<string>; includeZero?: boolean } = {},
): RankedTarget[] {
  const { order = [], validIds, includeZero = false } = options;
  const counts = new Map<string, number>();
  const voters = new Map<string, Set<string>>();
  if (includeZero) for (const id of order) counts.set(id, 0);
  for (const v of votes) {
    if (validIds && !validIds.has(v.targetId)) continue;
    counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
    const who = voters.get(v.targetId) ?? new Set<string>();
    who.add(v.participantId);
    voters.set(v.targetId, who);
  }
  const position = new Map(order.map((id, i) => [id, i]));
  const pos = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...counts.entries()].sort(
    ([a, ca], [b, cb]) => cb - ca || pos(a) - pos(b) || compareIds(a, b),
  );
  const ranked: RankedTarget[] = [];
  sorted.forEach(([targetId, count], i) => {
    const prev = ranked[i - 1];
    const rank = prev && prev.count === count ? prev.rank : i + 1;
    ranked.push({ targetId, count, rank, voters: voters.get(targetId)?.size ?? 0 });
  });
  return ranked;
}
