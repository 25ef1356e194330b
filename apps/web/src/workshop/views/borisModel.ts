import type { BorisDiagram, BorisEdge, BorisNode, BorisNodeKind } from '@stormscape/model';
import { gridLayout } from '../layered';
import type { Point, Rect } from './labelPlacement';
import type { RoutedEdge } from './labelPlacement';
import { alongRoute, boxAround, cubic, estimateLabelSize, placeLabel } from './labelPlacement';

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
 * diagram (so moving one node never reshuffles the others). `auto` is the ELK layered
 * layout (`layoutBoris`); without it (ELK failed), a plain grid.
 */
export function placeBoris(diagram: BorisDiagram, auto?: ReadonlyMap<string, Point>): PlacedBorisNode[] {
  auto ??= gridLayout(diagram.nodes.map((n) => ({ id: n.id, ...BORIS_NODE_SIZE[n.kind] })));
  return diagram.nodes.map((n) => {
    const p = n.position ?? auto.get(n.id) ?? { x: 0, y: 0 };
    return { ...n, ...BORIS_NODE_SIZE[n.kind], x: p.x, y: p.y, pinned: n.position !== null };
  });
}

export const edgeText = (e: BorisEdge) => `${e.label || (e.mode === 'sync' ? 'call' : 'event')} (${e.mode}${e.mode !== e.derivedMode ? ', switched' : ''})`;

/** The on-screen label of an edge: its text plus the added / annotated marks. */
export const edgeLabelText = (e: BorisEdge) => `${edgeText(e)}${e.derived ? '' : ' ✚'}${e.note ? ' ✎' : ''}`;

/** Room an edge label takes (11 px bold text, 5 px padding, as styled in workshop.css). */
export const labelSize = (e: BorisEdge) => estimateLabelSize(edgeLabelText(e), 11, 5);

/** How React Flow draws a Bézier edge from a right-hand source handle to a left-hand target handle. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** The four points of the Bézier curve of an edge from the right side of `from` to the left side of `to`. */
export function edgeControlPoints(from: Rect, to: Rect): [Point, Point, Point, Point] {
  const s = { x: from.x + from.width, y: from.y + from.height / 2 };
  const t = { x: to.x, y: to.y + to.height / 2 };
  return [s, { x: s.x + controlOffset(t.x - s.x), y: s.y }, { x: t.x - controlOffset(t.x - s.x), y: t.y }, t];
}

/** The curve of an edge between two node boxes, as `t → point`. */
export function edgeCurve(from: Rect, to: Rect): (t: number) => Point {
  return cubic(...edgeControlPoints(from, to));
}

const overlaps = (a: Rect, b: Rect, margin: number) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * A centre for every edge label, clear of every node (and of each other where there is
 * room): where the layered layout put it when that spot is still free, else along the
 * line the edge is drawn with (its orthogonal route, or the curve of an edge whose node
 * a person moved). Same input, same answer, so everyone (and the exports) see the same picture.
 */
export function placeEdgeLabels(
  nodes: readonly (Rect & { id: string })[],
  edges: readonly BorisEdge[],
  routes: ReadonlyMap<string, RoutedEdge> = new Map(),
  sizeOf: (e: BorisEdge) => { width: number; height: number } = labelSize,
): Map<string, Point> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed: Rect[] = [];
  const out = new Map<string, Point>();
  for (const e of edges) {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b) continue;
    const size = sizeOf(e);
    const route = routes.get(e.id);
    const laid = route?.label ? boxAround(route.label, size) : null;
    const free = laid && !nodes.some((n) => overlaps(laid, n, 4)) && !placed.some((q) => overlaps(laid, q, 2));
    const at = free && route?.label ? route.label : placeLabel(route ? alongRoute(route.points) : edgeCurve(a, b), size, nodes, placed);
    placed.push(boxAround(at, size));
    out.set(e.id, at);
  }
  return out;
}

/**
 * The layout's orthogonal routes of the edges whose two nodes are still where the layout
 * put them (an edge of a node a person moved is drawn as a curve instead). The view and
 * every export use this, so they draw the same lines.
 */
export function routesInPlace(
  layout: { nodes: ReadonlyMap<string, Point>; edges: ReadonlyMap<string, RoutedEdge> },
  nodes: readonly { id: string; x: number; y: number; pinned: boolean }[],
  edges: readonly BorisEdge[],
): Map<string, RoutedEdge> {
  const samePoint = (a: Point | undefined, b: Point) => a !== undefined && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
  const inPlace = new Set(nodes.filter((n) => !n.pinned && samePoint(layout.nodes.get(n.id), n)).map((n) => n.id));
  const byId = new Map(edges.map((e) => [e.id, e]));
  return new Map(
    [...layout.edges].filter(([id]) => {
      const e = byId.get(id);
      return e !== undefined && inPlace.has(e.from) && inPlace.has(e.to);
    }),
  );
}
