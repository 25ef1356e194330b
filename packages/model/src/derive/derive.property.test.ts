import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../schema/Board';
import { LEVELS } from '../schema/notation';
import { lintBoard } from '../lint/lintBoard';
import { arbitraryBoard } from '../testing/arbitraryBoard';
import { deriveBoris } from './deriveBoris';
import { deriveSnapSheets } from './deriveSnap';
import { suggestRelationships } from './suggestRelationships';

const recordIds = (board: Board) =>
  new Set([
    ...board.stickies.map((s) => s.id),
    ...board.links.map((l) => l.id),
    ...board.contexts.map((c) => c.id),
    ...board.relationships.map((r) => r.id),
    ...board.slices.map((s) => s.id),
  ]);

const unique = (ids: string[]) => new Set(ids).size === ids.length;

describe('derivations and lint on arbitrary valid boards', () => {
  it('Boris: unique ids, edges between existing nodes, sources pointing at real records', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const known = recordIds(board);
        for (const sliceId of [undefined, ...board.slices.map((s) => s.id)]) {
          const d = deriveBoris(board, sliceId === undefined ? {} : { sliceId });
          const nodeIds = d.nodes.map((n) => n.id);
          expect(unique(nodeIds)).toBe(true);
          expect(unique(d.edges.map((e) => e.id))).toBe(true);
          const nodes = new Set(nodeIds);
          for (const e of d.edges) expect(nodes.has(e.from) && nodes.has(e.to)).toBe(true);
          for (const item of [...d.nodes, ...d.edges]) for (const id of item.sourceIds) expect(known.has(id)).toBe(true);
        }
        for (const s of suggestRelationships(board)) expect(known.has(s.upstreamId) && known.has(s.downstreamId)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('SNAP-E: every section present, entry ids unique per sheet', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        for (const sheet of deriveSnapSheets(board)) {
          const entries = Object.values(sheet.sections).flat();
          expect(Object.keys(sheet.sections)).toHaveLength(8);
          expect(unique(entries.map((e) => e.id))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lint: deterministic, and every finding points at records or Boris edges', () => {
    fc.assert(
      fc.property(arbitraryBoard(), fc.constantFrom(...LEVELS), fc.boolean(), (board, level, forCodegen) => {
        const known = recordIds(board);
        const edges = new Set(deriveBoris(board).edges.map((e) => e.id));
        const sliceId = board.slices[0]?.id;
        const options = sliceId === undefined ? { level, forCodegen } : { level, forCodegen, sliceId };
        const findings = lintBoard(board, options);
        expect(lintBoard(board, options)).toEqual(findings);
        for (const f of findings) {
          expect(f.message.length).toBeGreaterThan(0);
          for (const id of f.ids) expect(known.has(id) || edges.has(id)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
