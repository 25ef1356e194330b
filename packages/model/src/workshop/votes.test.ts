import { describe, expect, it } from 'vitest';
import { dotsUsed, rankVotes, tallyVotes } from './votes';

const v = (participantId: string, targetId: string) => ({ participantId, targetId });

describe('votes', () => {
  const votes = [v('ann', 'h1'), v('ann', 'h1'), v('bob', 'h2'), v('bob', 'h1'), v('cy', 'h3'), v('cy', 'h2')];

  it('tallies and counts dots per participant', () => {
    expect(tallyVotes(votes)).toEqual(new Map([['h1', 3], ['h2', 2], ['h3', 1]]));
    expect(dotsUsed(votes, 'bob')).toBe(2);
    expect(dotsUsed(votes, 'nobody')).toBe(0);
  });

  it('ranks most votes first with competition ranks and voter counts', () => {
    expect(rankVotes(votes)).toEqual([
      { targetId: 'h1', count: 3, rank: 1, voters: 2 },
      { targetId: 'h2', count: 2, rank: 2, voters: 2 },
      { targetId: 'h3', count: 1, rank: 3, voters: 1 },
    ]);
  });

  it('breaks ties by the given order, then id, and shares the rank', () => {
    const tied = [v('a', 'x'), v('b', 'y'), v('c', 'z')];
    expect(rankVotes(tied, { order: ['z', 'x'] }).map((r) => [r.targetId, r.rank])).toEqual([
      ['z', 1],
      ['x', 1],
      ['y', 1],
    ]);
    expect(rankVotes([...tied, v('d', 'y')]).map((r) => r.rank)).toEqual([1, 2, 2]);
  });

  it('ignores votes on deleted targets and can list unvoted ones', () => {
    const ranked = rankVotes(votes, { validIds: new Set(['h2', 'h3', 'h4']), order: ['h4'], includeZero: true });
    expect(ranked.map((r) => [r.targetId, r.count])).toEqual([
      ['h2', 2],
      ['h3', 1],
      ['h4', 0],
    ]);
  });
});
