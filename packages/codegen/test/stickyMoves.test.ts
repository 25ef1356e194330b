import type { Board } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';

// Where a sticky sits on the canvas is layout, not design: which events a command
// produces and which command creates an aggregate are recorded on the board. So moving
// stickies (or resizing them) must change no generated file, on any example.

/** The board with every sticky moved and resized to the given boxes (ids unchanged). */
function moved(board: Board, boxes: readonly { x: number; y: number; w: number; h: number }[]): Board {
  return {
    ...board,
    stickies: board.stickies.map((s, i) => {
      const box = boxes[i % boxes.length] as { x: number; y: number; w: number; h: number };
      return { ...s, position: { x: box.x, y: box.y }, size: { width: box.w, height: box.h } };
    }),
  };
}

const box = fc.record({
  x: fc.integer({ min: -20_000, max: 20_000 }),
  y: fc.integer({ min: -20_000, max: 20_000 }),
  w: fc.integer({ min: 40, max: 600 }),
  h: fc.integer({ min: 40, max: 600 }),
});

describe('moving stickies', () => {
  for (const example of EXAMPLES) {
    it(`${example.id}: moving any sticky changes no generated file`, () => {
      const before = generateProject(example.board);
      fc.assert(
        fc.property(fc.array(box, { minLength: 1, maxLength: example.board.stickies.length }), (boxes) => {
          const after = generateProject(moved(example.board, boxes));
          expect([...after.keys()]).toEqual([...before.keys()]);
          for (const [path, content] of after) expect(content, path).toBe(before.get(path));
        }),
        { seed: 20_261_203, numRuns: 6 },
      );
    }, 600_000);
  }
});
