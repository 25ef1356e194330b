import { deriveBoris } from '@stormscape/model';
import type { Board } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutBoris } from './borisLayout';
import { contextMapPositions, CONTEXT_NODE, drawnRelationships, layoutContextMap } from './contextMapLayout';
import { contextMapSvg } from './contextMapSvg';
import { borisSvgLaidOut, contextMapSvgLaidOut } from './diagramExports';

// elkjs in-process here (the page runs the same code in its Web Worker).
const elk = new ELK();

function example(): Board {
  const ex = getExample('food-delivery');
  if (!ex) throw new Error('food-delivery example missing');
  return structuredClone(ex.board);
}

/** The two ends of the line of the relationship `id`, as drawn. */
function lineOf(svg: string, id: string): number[] {
  const m = new RegExp(`data-id="${id}"><line x1="([-\\d.]+)" y1="([-\\d.]+)" x2="([-\\d.]+)" y2="([-\\d.]+)"`).exec(svg);
  if (!m) throw new Error(`no line for ${id}`);
  return m.slice(1).map(Number);
}

describe('context map layout', () => {
  it('places every context without overlaps, upstream left of downstream (ELK layered)', async () => {
    const board = example();
    const auto = await layoutContextMap(elk, board);
    expect([...auto.keys()].sort()).toEqual(board.contexts.map((c) => c.id).sort());
    const boxes = [...auto.values()];
    for (const a of boxes) for (const b of boxes) {
      if (a === b) continue;
      const overlap = a.x < b.x + CONTEXT_NODE.width && b.x < a.x + CONTEXT_NODE.width && a.y < b.y + CONTEXT_NODE.height && b.y < a.y + CONTEXT_NODE.height;
      expect(overlap).toBe(false);
    }
    const r = drawnRelationships(board).find((x) => x.kind === 'upstreamDownstream' || x.kind === 'customerSupplier')!;
    expect(auto.get(r.upstreamId)!.x).toBeLessThan(auto.get(r.downstreamId)!.x);
  }, 120_000);

  it('keeps where a person put a context, the others where the layout put them; its lines and labels follow it', async () => {
    const board = example();
    const auto = await layoutContextMap(elk, board);
    const r = drawnRelationships(board)[0]!;
    const before = contextMapSvg(board, 'Map', contextMapPositions(board, auto));
    const moved = { ...board, contexts: board.contexts.map((c) => (c.id === r.downstreamId ? { ...c, mapPosition: { x: 900, y: 700 } } : c)) };
    const positions = contextMapPositions(moved, auto);
    expect(positions.get(r.downstreamId)).toEqual({ x: 900, y: 700 });
    for (const c of board.contexts.filter((x) => x.id !== r.downstreamId)) expect(positions.get(c.id)).toEqual(auto.get(c.id));
    const after = contextMapSvg(moved, 'Map', positions);
    expect(after).toContain(`<g class="context" data-id="${r.downstreamId}"><rect x="900" y="700"`);
    const [, , x2, y2] = lineOf(after, r.id);
    expect(lineOf(after, r.id)).not.toEqual(lineOf(before, r.id));
    // The line ends on the moved box's border.
    expect(x2! >= 900 - 0.1 && x2! <= 900 + CONTEXT_NODE.width + 0.1 && y2! >= 700 - 0.1 && y2! <= 700 + CONTEXT_NODE.height + 0.1).toBe(true);
    // The export of the Generate step draws the same map.
    expect(await contextMapSvgLaidOut(elk, moved, 'Map')).toBe(after);
  }, 120_000);
});

describe('Boris export away from the view', () => {
  it('is laid out by ELK layered like the view: the layout positions and orthogonal routes, no curves', async () => {
    const board = example();
    const diagram = deriveBoris(board, { sliceId: board.slices[0]!.id });
    const layout = await layoutBoris(elk, diagram, diagram.edges.filter((e) => !e.hidden));
    const svg = await borisSvgLaidOut(elk, diagram, 'Boris');
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="none"/g)].map((m) => m[1]!);
    expect(paths.length).toBe(diagram.edges.filter((e) => !e.hidden).length);
    expect(paths.filter((d) => / C/.test(d))).toEqual([]);
    const first = diagram.nodes[0]!;
    const at = layout.nodes.get(first.id)!;
    expect(svg).toContain(`<rect x="${at.x}" y="${at.y}"`);
  }, 120_000);
});
