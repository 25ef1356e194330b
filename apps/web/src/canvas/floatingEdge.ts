import { Position } from '@xyflow/react';
import type { InternalNode } from '@xyflow/react';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (node: InternalNode): Box => ({
  x: node.internals.positionAbsolute.x,
  y: node.internals.positionAbsolute.y,
  width: node.measured.width ?? node.width ?? 0,
  height: node.measured.height ?? node.height ?? 0,
});

/** Where the line from `a`'s centre towards `b`'s centre leaves `a`, and on which side. */
function borderPoint(a: Box, b: Box): { x: number; y: number; side: Position } {
  const cx = a.x + a.width / 2;
  const cy = a.y + a.height / 2;
  const dx = b.x + b.width / 2 - cx;
  const dy = b.y + b.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx + a.width / 2, y: cy, side: Position.Right };
  // Scale the direction so it just touches the box's edge.
  const scale = 1 / Math.max(Math.abs(dx) / (a.width / 2 || 1), Math.abs(dy) / (a.height / 2 || 1));
  const x = cx + dx * scale;
  const y = cy + dy * scale;
  const horizontal = Math.abs(dx) / (a.width || 1) >= Math.abs(dy) / (a.height || 1);
  const side = horizontal ? (dx > 0 ? Position.Right : Position.Left) : dy > 0 ? Position.Bottom : Position.Top;
  return { x, y, side };
}

/**
 * End points of a link drawn between the facing sides of its two stickies (whatever
 * their relative places), so vertical flows do not loop around to fixed side handles.
 */
export function floatingEnds(source: InternalNode, target: InternalNode) {
  return floatingEndsOfBoxes(boxOf(source), boxOf(target));
}

/** `floatingEnds` for two plain boxes (the SVG export draws links the canvas's way). */
export function floatingEndsOfBoxes(a: Box, b: Box) {
  const s = borderPoint(a, b);
  const t = borderPoint(b, a);
  return { sx: s.x, sy: s.y, sourcePosition: s.side, tx: t.x, ty: t.y, targetPosition: t.side };
}
