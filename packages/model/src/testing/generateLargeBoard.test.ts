import { describe, expect, it } from 'vitest';
import { checkBoardIntegrity } from '../file/integrity';
import { serialiseBoard } from '../file/serialise';
import { Board } from '../schema/Board';
import { STICKY_KINDS } from '../schema/notation';
import { generateLargeBoard } from './generateLargeBoard';

const contextOf = (board: Board) => {
  const map = new Map<string, string>();
  for (const c of board.contexts) for (const id of c.memberIds) map.set(id, c.id);
  return map;
};

describe('generateLargeBoard', () => {
  it.each([
    { stickies: 5000, links: 2000, contexts: 20, seed: 1 },
    { stickies: 2000, links: 500, contexts: 20, seed: 2 },
    { stickies: 1000, links: 900, contexts: 20, seed: 3 },
    { stickies: 30, links: 25, contexts: 0, seed: 4 },
    { stickies: 0, links: 0, contexts: 2, seed: 5 },
  ])('gives a valid board with exactly the sizes asked for: %o', (options) => {
    const board = generateLargeBoard(options);
    expect(Board.safeParse(board).error?.issues ?? []).toEqual([]);
    expect(checkBoardIntegrity(board)).toEqual([]);
    expect(board.stickies).toHaveLength(options.stickies);
    expect(board.links).toHaveLength(options.links);
    expect(board.contexts).toHaveLength(options.contexts);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { stickies: 300, links: 150, contexts: 4 };
    expect(serialiseBoard(generateLargeBoard({ ...options, seed: 7 }))).toBe(serialiseBoard(generateLargeBoard({ ...options, seed: 7 })));
    expect(serialiseBoard(generateLargeBoard({ ...options, seed: 8 }))).not.toBe(serialiseBoard(generateLargeBoard({ ...options, seed: 7 })));
  });

  it('looks like a design-level storm: every kind, fields, flows, cross-context policies', () => {
    const board = generateLargeBoard({ stickies: 2000, links: 1500, contexts: 8, seed: 1 });
    const kinds = new Set(board.stickies.map((s) => s.kind));
    expect([...STICKY_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    expect(new Set(board.links.map((l) => l.kind))).toEqual(new Set(['invokedOn', 'produces', 'issues', 'activates', 'updates', 'informs', 'annotates']));
    expect(board.stickies.filter((s) => s.kind === 'event').every((e) => (e.fields?.length ?? 0) > 0)).toBe(true);
    const ctx = contextOf(board);
    const crossContext = board.links.filter((l) => l.kind === 'activates' && ctx.get(l.from) !== ctx.get(l.to));
    expect(crossContext.length).toBeGreaterThan(5);
    expect(board.contexts.every((c) => c.memberIds.length > 50 && c.canvas.purpose !== '')).toBe(true);
    expect(board.relationships).toHaveLength(7);
    expect(board.slices.length).toBeGreaterThan(0);
    const names = board.stickies.filter((s) => s.kind === 'command').map((s) => `${ctx.get(s.id)}/${s.text}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('puts members inside their context frame', () => {
    const board = generateLargeBoard({ stickies: 400, links: 100, contexts: 5, seed: 2 });
    const byId = new Map(board.stickies.map((s) => [s.id, s]));
    for (const c of board.contexts) {
      for (const id of c.memberIds) {
        const s = byId.get(id);
        if (!s) throw new Error(id);
        expect(s.position.x).toBeGreaterThanOrEqual(c.position.x);
        expect(s.position.y).toBeGreaterThanOrEqual(c.position.y);
        expect(s.position.x + s.size.width).toBeLessThanOrEqual(c.position.x + c.size.width);
        expect(s.position.y + s.size.height).toBeLessThanOrEqual(c.position.y + c.size.height);
      }
    }
  });
});
