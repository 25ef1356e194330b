import type { ElkNode } from 'elkjs/lib/elk-api';

/** What lays an ELK graph out: elkjs in a Web Worker on the page (`pageElk`), in-process in tests. */
export interface ElkLayouter {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * The options every diagram of the workshop shares: ELK layered, left to right,
 * orthogonal routing, the same seed so everyone computes the same picture without storing
 * it. Diagrams add their own spacing.
 */
export const LAYERED_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // The same input gives the same picture for everyone (no stored layout).
  'elk.randomSeed': '1',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
};

/**
 * Top-left corners on a simple grid, left to right: what a diagram shows if the layered
 * layout fails (it never should; the page says so when it does).
 */
export function gridLayout(nodes: readonly { id: string; width: number; height: number }[], columns = 4, gap = 60): Map<string, { x: number; y: number }> {
  const cellW = Math.max(0, ...nodes.map((n) => n.width)) + gap;
  const cellH = Math.max(0, ...nodes.map((n) => n.height)) + gap;
  return new Map(nodes.map((n, i) => [n.id, { x: 20 + (i % columns) * cellW, y: 20 + Math.floor(i / columns) * cellH }]));
}
