import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBoard } from '../emptyBoard';
import { CURRENT_BOARD_VERSION } from '../migrations/index';
import type { Board } from '../schema/Board';
import { arbitraryBoard } from '../testing/arbitraryBoard';
import { generateLargeBoard } from '../testing/generateLargeBoard';
import { parseBoardFile } from './parse';
import { canonicaliseBoard, serialiseBoard } from './serialise';

const parsed = (text: string): Board => {
  const result = parseBoardFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5), null, 2));
  return result.board;
};
/** The same board with every record list (and every object's keys) in reverse order. */
const scrambled = (board: Board): Board => JSON.parse(JSON.stringify(board), (_key, value: unknown) => {
  if (Array.isArray(value) && value.every((v) => v !== null && typeof v === 'object' && 'id' in v)) return [...value].reverse();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).reverse());
  return value;
});

describe('serialiseBoard', () => {
  it('round-trips losslessly: parse(serialise(b)) equals canonicaliseBoard(b)', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        expect(parsed(serialiseBoard(board))).toEqual(canonicaliseBoard(board));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent and independent of record and key order', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const text = serialiseBoard(board);
        expect(serialiseBoard(parsed(text))).toBe(text);
        expect(serialiseBoard(scrambled(board))).toBe(text);
        expect(serialiseBoard(canonicaliseBoard(board))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the envelope first, sorted keys, 2-space indentation and a trailing newline', () => {
    const board = emptyBoard('Demo');
    const text = serialiseBoard(board);
    expect(text.startsWith(`{\n  "format": "stormscape.board",\n  "version": ${CURRENT_BOARD_VERSION},\n  "board": {\n    "boris": {`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('sorts records by id but keeps the order of ordered lists', () => {
    const board = generateLargeBoard({ stickies: 60, links: 40, contexts: 2, seed: 3 });
    const slice = board.slices[0];
    if (!slice) throw new Error('generated board has no slice');
    slice.eventIds.reverse();
    const out = canonicaliseBoard(board);
    const ids = out.stickies.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(out.slices[0]?.eventIds).toEqual(slice.eventIds);
    expect(out.contexts[0]?.memberIds).toEqual([...(board.contexts[0]?.memberIds ?? [])].sort());
    const fields = board.stickies.find((s) => (s.fields?.length ?? 0) > 1)?.fields;
    expect(out.stickies.find((s) => s.fields?.[0]?.name === fields?.[0]?.name)?.fields).toEqual(fields);
  });

  it('keeps each value of a set-like list once, as the shared document does', () => {
    const board = emptyBoard('Sets');
    board.boris.hiddenEdgeIds = ['edge:b', 'edge:a', 'edge:b'];
    board.snap.dismissedIds = ['snap:x', 'snap:x'];
    const out = canonicaliseBoard(board);
    expect(out.boris.hiddenEdgeIds).toEqual(['edge:a', 'edge:b']);
    expect(out.snap.dismissedIds).toEqual(['snap:x']);
  });

  it('writes -0 as 0 and never changes the board it was given', () => {
    const board = emptyBoard('Zero');
    board.swimlanes.push({ id: 'lane', name: 'Lane', y: -0, height: 10 });
    const before = structuredClone(board);
    expect(serialiseBoard(board)).toContain('"y": 0');
    expect(board).toEqual(before);
  });
});
