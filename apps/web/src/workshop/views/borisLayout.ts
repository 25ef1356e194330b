import type { BorisDiagram, BorisEdge } from '@stormscape/model';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ElkLayouter } from '../layered';
import { LAYERED_OPTIONS } from '../layered';
import type { Point, RoutedEdge } from './labelPlacement';
import { BORIS_NODE_SIZE, labelSize } from './borisModel';

export type { ElkLayouter } from '../layered';

/** Node top-left corners and edge routes of the automatic layout. */
export interface BorisLayout {
  nodes: Map<string, Point>;
  edges: Map<string, RoutedEdge>;
}

/**
 * ELK layered, left to right, orthogonal routing. Topics sit in the layer between their
 * publisher and subscribers because each async hop is two edges through the topic node;
 * edge labels are laid out as part of the graph (ELK gives them room between the layers),
 * so they never sit on a node.
 */
export const ELK_OPTIONS: Readonly<Record<string, string>> = {
  ...LAYERED_OPTIONS,
  'elk.layered.spacing.nodeNodeBetweenLayers': '50',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
};

/** The ELK graph of the diagram's nodes and visible edges (hidden edges are drawn along, not laid out). */
export function borisElkGraph(diagram: Pick<BorisDiagram, 'nodes' | 'edges'>, edges: readonly BorisEdge[]): ElkNode {
  const ids = new Set(diagram.nodes.map((n) => n.id));
  const topics = new Set(diagram.nodes.filter((n) => n.kind === 'topic').map((n) => n.id));
  return {
    id: 'boris',
    layoutOptions: { ...ELK_OPTIONS },
    children: diagram.nodes.map((n) => ({ id: n.id, ...BORIS_NODE_SIZE[n.kind] })),
    edges: edges
      .filter((e) => e.from !== e.to && ids.has(e.from) && ids.has(e.to))
      .map(
        (e): ElkExtendedEdge => ({
          id: e.id,
          sources: [e.from],
          targets: [e.to],
          labels: [{ id: `${e.id}#label`, text: e.id, ...labelSize(e) }],
          // When a cycle must be broken, reverse a call rather than a hop through a topic, so
          // topics stay between their publisher and subscribers.
          layoutOptions: { 'elk.layered.priority.direction': topics.has(e.from) || topics.has(e.to) ? '10' : '0' },
        }),
      ),
  };
}

/** Reads node corners, edge points and label centres out of a laid-out ELK graph. */
export function readElkLayout(graph: ElkNode): BorisLayout {
  const nodes = new Map<string, Point>();
  for (const n of graph.children ?? []) nodes.set(n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) });
  const edges = new Map<string, RoutedEdge>();
  for (const e of graph.edges ?? []) {
    const section = e.sections?.[0];
    if (!section) continue;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
    const l = e.labels?.[0];
    const label = l && l.x !== undefined && l.y !== undefined ? { x: l.x + (l.width ?? 0) / 2, y: l.y + (l.height ?? 0) / 2 } : null;
    edges.set(e.id, { points, label });
  }
  return { nodes, edges };
}

/** Lays the diagram out with `elk`: visible edges, layered left to right. */
export async function layoutBoris(elk: ElkLayouter, diagram: Pick<BorisDiagram, 'nodes' | 'edges'>, edges: readonly BorisEdge[]): Promise<BorisLayout> {
  return readElkLayout(await elk.layout(borisElkGraph(diagram, edges)));
}
