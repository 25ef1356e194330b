import type { BorisDiagram, BorisEdge, BorisNode, BorisNodeKind } from '@stormscape/model';
import { layoutGraph } from '../graphLayout';

/** Drawn size of each kind of Boris node. */
export const BORIS_NODE_SIZE: Readonly<Record<BorisNodeKind, { width: number; height: number }>> = {
  service: { width: 190, height: 72 },
  topic: { width: 170, height: 46 },
  external: { width: 180, height: 60 },
  ui: { width: 160, height: 52 },
};

export const BORIS_KIND_LABEL: Readonly<Record<BorisNodeKind, string>> = {
  service: 'service',
  topic: 'topic',
  external: 'external system',
  ui: 'UI',
};

/** Sync edges blue, async red (reference §1); both dark enough for text on white. */
export const EDGE_COLOUR = { sync: '#1565C0', async: '#C62828' } as const;

export interface PlacedBorisNode extends BorisNode {
  x: number;
  y: number;
  width: number;
  height: number;
  pinned: boolean;
}

/**
 * Node positions: where a person put a node, else the automatic layout of the whole
 * diagram (so moving one node never reshuffles the others).
 */
export function placeBoris(diagram: BorisDiagram): PlacedBorisNode[] {
  const auto = layoutGraph(
    diagram.nodes.map((n) => ({ id: n.id, ...BORIS_NODE_SIZE[n.kind] })),
    diagram.edges.filter((e) => !e.hidden),
  );
  return diagram.nodes.map((n) => {
    const p = n.position ?? auto.get(n.id) ?? { x: 0, y: 0 };
    return { ...n, ...BORIS_NODE_SIZE[n.kind], x: p.x, y: p.y, pinned: n.position !== null };
  });
}

export const edgeText = (e: BorisEdge) => `${e.label || (e.mode === 'sync' ? 'call' : 'event')} (${e.mode})`;
