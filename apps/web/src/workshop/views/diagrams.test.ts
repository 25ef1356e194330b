import { deriveBoris, emptyCanvas } from '@stormscape/model';
import type { Board, ContextRelationship } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { describe, expect, it } from 'vitest';
import { placeBoris } from './borisModel';
import { borisToSvg } from './borisSvg';
import { contextMapPositions } from './contextMapLayout';
import { contextMapSvg, endLabels } from './contextMapSvg';

const rel = (patch: Partial<ContextRelationship>): ContextRelationship => ({
  id: 'r1',
  kind: 'upstreamDownstream',
  upstreamId: 'a',
  downstreamId: 'b',
  upstreamPatterns: [],
  downstreamPatterns: [],
  description: '',
  ...patch,
});

function example(): Board {
  const ex = getExample('food-delivery');
  if (!ex) throw new Error('food-delivery example missing');
  return ex.board;
}

describe('Boris placement', () => {
  it('lays out every node once, without overlaps, and keeps pinned positions', () => {
    const board = example();
    const placed = placeBoris(deriveBoris(board));
    expect(placed.length).toBeGreaterThan(3);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    const first = placed[0]!;
    board.boris.nodePositions[first.id] = { x: -999, y: 1234 };
    const again = placeBoris(deriveBoris(board));
    expect(again.find((n) => n.id === first.id)).toMatchObject({ x: -999, y: 1234, pinned: true });
    // The others do not move when one is pinned.
    for (const n of again.filter((n) => n.id !== first.id)) {
      const before = placed.find((p) => p.id === n.id)!;
      expect([n.x, n.y]).toEqual([before.x, before.y]);
    }
  });

  it('exports an SVG with escaped text and one group per node and visible edge', () => {
    const board = example();
    const diagram = deriveBoris(board);
    const svg = borisToSvg(placeBoris(diagram), diagram.edges, new Map(), 'Boris <&> "x"');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Boris &lt;&amp;&gt; &quot;x&quot;</title>');
    expect(svg.match(/<g class="node"/g)).toHaveLength(diagram.nodes.length);
    expect(svg.match(/<g class="edge"/g)).toHaveLength(diagram.edges.filter((e) => !e.hidden).length);
  });
});

describe('context map', () => {
  it('labels each end in the usual notation', () => {
    expect(endLabels(rel({ upstreamPatterns: ['OHS', 'PL'], downstreamPatterns: ['ACL'] }))).toEqual({ up: 'U · OHS · PL', down: 'D · ACL', middle: '' });
    expect(endLabels(rel({ kind: 'customerSupplier' }))).toMatchObject({ up: 'U/S', down: 'D/C' });
    expect(endLabels(rel({ kind: 'sharedKernel' }))).toMatchObject({ up: 'SK', down: 'SK' });
    expect(endLabels(rel({ kind: 'partnership' }))).toMatchObject({ up: 'P', down: 'P' });
    expect(endLabels(rel({ kind: 'separateWays' }))).toMatchObject({ up: '', down: '', middle: 'Separate Ways' });
  });

  it('draws every context and relationship, escaping names', () => {
    const board = example();
    board.contexts[0]!.name = '<script>x</script>';
    const svg = contextMapSvg(board, 'Map', contextMapPositions(board));
    expect(svg).not.toContain('<script>');
    expect(svg.match(/<g class="context"/g)).toHaveLength(board.contexts.length);
    expect(svg.match(/<g class="relationship"/g)).toHaveLength(board.relationships.length);
  });

  it('copes with contexts and no relationships', () => {
    const board = { ...example(), relationships: [] };
    board.contexts = board.contexts.map((c) => ({ ...c, canvas: emptyCanvas() }));
    expect(contextMapSvg(board, 'Map', contextMapPositions(board))).toContain('<g class="context"');
  });
});
