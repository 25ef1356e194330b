import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBoardIntegrity } from '../file/integrity';
import { Board } from '../schema/Board';
import { arbitraryBoard } from './arbitraryBoard';

describe('arbitraryBoard', () => {
  it('only produces boards that pass the schema and the integrity check', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        expect(Board.safeParse(board).error?.issues ?? []).toEqual([]);
        expect(checkBoardIntegrity(board)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('produces links, contexts with members and slices, not just empty boards', () => {
    const boards = fc.sample(arbitraryBoard(), { numRuns: 200, seed: 42 });
    expect(boards.some((b) => b.links.length > 3)).toBe(true);
    expect(boards.some((b) => b.contexts.some((c) => c.memberIds.length > 1))).toBe(true);
    expect(boards.some((b) => b.slices.some((s) => s.eventIds.length > 1))).toBe(true);
    expect(boards.some((b) => b.relationships.length > 0 && b.snap.manualEntries.length > 0)).toBe(true);
    expect(boards.some((b) => b.stickies.some((s) => s.fields && s.fields.length > 0))).toBe(true);
  });
});
