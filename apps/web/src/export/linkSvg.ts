import type { Link, Sticky } from '@stormscape/model';
import { getBezierPath } from '@xyflow/react';
import { floatingEndsOfBoxes } from '../canvas/floatingEdge';
import { LINK_LABELS } from '../store/buildNodes';

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** One link drawn as the canvas draws it, with the box its curve and label cover. */
export interface LinkDrawing {
  path: string;
  label: string;
  labelX: number;
  labelY: number;
  bounds: Bounds;
}

/** Size of the link labels, in the export and in its bounds. */
export const LINK_LABEL_SIZE = 10;

const boxOf = (s: Sticky) => ({ ...s.position, ...s.size });

/** Points along a cubic Bézier, dense enough that the box around them holds the curve (the export pads it). */
function bezierPoints(p: readonly number[]): { x: number; y: number }[] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = p;
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i <= 48; i++) {
    const t = i / 48;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    points.push({ x: a * x0 + b * x1 + c * x2 + d * x3, y: a * y0 + b * y1 + c * y2 + d * y3 });
  }
  return points;
}

/** The link between `from` and `to` with the canvas's floating ends and Bézier curve. */
export function drawLink(link: Link, from: Sticky, to: Sticky): LinkDrawing {
  const { sx, sy, sourcePosition, tx, ty, targetPosition } = floatingEndsOfBoxes(boxOf(from), boxOf(to));
  const [path, labelX, labelY] = getBezierPath({ sourceX: sx, sourceY: sy, sourcePosition, targetX: tx, targetY: ty, targetPosition });
  // "M sx,sy C c1x,c1y c2x,c2y tx,ty": the control points pull the curve beyond its ends.
  const numbers = (path.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const points = bezierPoints(numbers);
  const label = link.label ? `${LINK_LABELS[link.kind]}: ${link.label}` : LINK_LABELS[link.kind];
  const halfWidth = (label.length * LINK_LABEL_SIZE * 0.6) / 2 + 4;
  const xs = [...points.map((p) => p.x), labelX - halfWidth, labelX + halfWidth];
  const ys = [...points.map((p) => p.y), labelY - LINK_LABEL_SIZE, labelY + LINK_LABEL_SIZE];
  return { path, label, labelX, labelY, bounds: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) } };
}
