import { Graph, layout } from '@dagrejs/dagre';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/**
 * Layered left-to-right layout (dagre) of a small diagram; returns each node's top-left
 * corner. Edges may carry their label's size, so the ranks leave room for it. Deterministic for the same input order, so every participant computes the
 * same picture without storing it.
 */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly { from: string; to: string; label?: { width: number; height: number } }[],
  opts: { rankdir?: 'LR' | 'TB'; nodesep?: number; ranksep?: number } = {},
): Map<string, { x: number; y: number }> {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: opts.rankdir ?? 'LR', nodesep: opts.nodesep ?? 50, ranksep: opts.ranksep ?? 110, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  edges.forEach((e, i) => {
    // A label's size makes dagre keep room for it between the ranks.
    const label = e.label ? { width: e.label.width, height: e.label.height, labelpos: 'c' } : {};
    if (e.from !== e.to && g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to, label, `e${i}`);
  });
  layout(g);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes) {
    const label = g.node(n.id) as { x?: number; y?: number } | undefined;
    out.set(n.id, { x: Math.round((label?.x ?? 0) - n.width / 2), y: Math.round((label?.y ?? 0) - n.height / 2) });
  }
  return out;
}
