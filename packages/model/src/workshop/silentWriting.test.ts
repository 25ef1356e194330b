import { describe, expect, it } from 'vitest';
import { visibleBoard } from './silentWriting';
import { orderingBoard } from './testBoard';

describe('visibleBoard', () => {
  it('hides other authors’ stickies with their links and memberships', () => {
    const board = orderingBoard();
    const hidden = new Map([
      ['e1', 'ann'],
      ['h1', 'bob'],
    ]);
    const forBob = visibleBoard(board, hidden, 'bob');
    expect(forBob.stickies.map((s) => s.id)).not.toContain('e1');
    expect(forBob.stickies.map((s) => s.id)).toContain('h1');
    expect(forBob.links.some((l) => l.from === 'e1' || l.to === 'e1')).toBe(false);
    expect(forBob.contexts[0]!.memberIds).not.toContain('e1');
    expect(forBob.slices[0]!.eventIds).toEqual(['e2']);
    const forAnn = visibleBoard(board, hidden, 'ann');
    expect(forAnn.links.some((l) => l.from === 'h1')).toBe(false);
    expect(forAnn.stickies.map((s) => s.id)).toContain('e1');
  });
  it('returns the board itself when nothing is hidden from the viewer', () => {
    const board = orderingBoard();
    expect(visibleBoard(board, new Map(), 'x')).toBe(board);
    expect(visibleBoard(board, new Map([['e1', 'x']]), 'x')).toBe(board);
  });
});
