import type { BorisDiagram } from '@stormscape/model';
import { deriveBoris } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { BorisLayout } from './borisLayout';
import { layoutBoris } from './borisLayout';
import { BORIS_NODE_SIZE, labelSize, placeBoris, placeEdgeLabels } from './borisModel';
import { boxAround } from './labelPlacement';
import type { Rect } from './labelPlacement';

// elkjs in-process here (the page runs the same code in its Web Worker).
const elk = new ELK();
const largest = EXAMPLES.reduce((a, b) => (deriveBoris(b.board).nodes.length > deriveBoris(a.board).nodes.length ? b : a));
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function nodeRects(diagram: BorisDiagram, layout: BorisLayout): (Rect & { id: string })[] {
  return diagram.nodes.map((n) => ({ id: n.id, ...layout.nodes.get(n.id)!, ...BORIS_NODE_SIZE[n.kind] }));
}

/** Does `to` reach `from` again (the edge lies on a cycle, so some edge of it must point backwards)? */
function onCycle(diagram: BorisDiagram, from: string, to: string): boolean {
  const seen = new Set([to]);
  const queue = [to];
  while (queue.length > 0) {
    const at = queue.pop()!;
    for (const e of diagram.edges) {
      if (e.hidden || e.from !== at || seen.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen.has(from);
}

const views = [null, ...largest.board.slices.map((s) => s.id)];

describe(`Boris layered layout (${largest.id}, the largest example)`, () => {
  it.each(views)('slice %s: every node placed, routes orthogonal, labels clear of nodes, topics between publisher and subscribers', async (sliceId) => {
    const diagram = deriveBoris(largest.board, sliceId ? { sliceId } : {});
    const visible = diagram.edges.filter((e) => !e.hidden);
    const layout = await layoutBoris(elk, diagram, visible);
    const rects = nodeRects(diagram, layout);
    expect(layout.nodes.size).toBe(diagram.nodes.length);
    for (const a of rects) for (const b of rects) if (a !== b) expect(overlap(a, b), `${a.id} on ${b.id}`).toBe(false);

    const x = (id: string) => layout.nodes.get(id)!.x;
    for (const e of visible) {
      const route = layout.edges.get(e.id);
      expect(route, e.id).toBeDefined();
      // Orthogonal: every segment horizontal or vertical.
      route!.points.slice(1).forEach((p, i) => {
        const q = route!.points[i]!;
        expect(Math.abs(p.x - q.x) < 0.01 || Math.abs(p.y - q.y) < 0.01, `${e.id} segment ${i}`).toBe(true);
      });
      // Labels are part of the layout: never on a node.
      const label = boxAround(route!.label!, labelSize(e));
      for (const r of rects) expect(overlap(label, r), `label of ${e.id} on ${r.id}`).toBe(false);
      // A hop through a topic runs left to right unless it closes a cycle.
      if ((e.from.startsWith('topic:') || e.to.startsWith('topic:')) && !onCycle(diagram, e.from, e.to)) expect(x(e.from), e.id).toBeLessThan(x(e.to));
    }
    // The view keeps ELK's label spots when they are free.
    const placed = placeEdgeLabels(rects, visible, layout.edges);
    for (const e of visible) expect(placed.get(e.id)).toEqual(layout.edges.get(e.id)!.label);
  }, 120_000);

  it('is the same picture for everyone (deterministic)', async () => {
    const diagram = deriveBoris(largest.board);
    const edges = diagram.edges.filter((e) => !e.hidden);
    const [a, b] = [await layoutBoris(elk, diagram, edges), await layoutBoris(elk, diagram, edges)];
    expect([...b.nodes]).toEqual([...a.nodes]);
    expect(placeBoris(diagram, a.nodes).map((n) => [n.id, n.x, n.y])).toEqual(diagram.nodes.map((n) => [n.id, a.nodes.get(n.id)!.x, a.nodes.get(n.id)!.y]));
  }, 120_000);
});
