import type { XY, WH } from '../store/flowTypes';

export interface Rect extends XY, WH {}

export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export const centre = (r: Rect): XY => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export const contains = (outer: Rect, p: XY): boolean =>
  p.x >= outer.x && p.x <= outer.x + outer.width && p.y >= outer.y && p.y <= outer.y + outer.height;

export type AlignMode = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

/** New top-left corners that align `rects` along one edge or centre line. */
export function align(rects: readonly (Rect & { id: string })[], mode: AlignMode): { id: string; position: XY }[] {
  const b = boundsOf(rects);
  if (!b) return [];
  return rects.map((r) => {
    const position = { x: r.x, y: r.y };
    if (mode === 'left') position.x = b.x;
    if (mode === 'right') position.x = b.x + b.width - r.width;
    if (mode === 'centre') position.x = b.x + b.width / 2 - r.width / 2;
    if (mode === 'top') position.y = b.y;
    if (mode === 'bottom') position.y = b.y + b.height - r.height;
    if (mode === 'middle') position.y = b.y + b.height / 2 - r.height / 2;
    return { id: r.id, position };
  });
}

/** Equal gaps between `rects` along an axis, keeping the two outermost in place. */
export function distribute(rects: readonly (Rect & { id: string })[], axis: 'horizontal' | 'vertical'): { id: string; position: XY }[] {
  if (rects.length < 3) return [];
  const h = axis === 'horizontal';
  const sorted = [...rects].sort((a, b) => (h ? a.x - b.x : a.y - b.y));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = h ? last.x + last.width - first.x : last.y + last.height - first.y;
  const total = sorted.reduce((sum, r) => sum + (h ? r.width : r.height), 0);
  const gap = (span - total) / (sorted.length - 1);
  let cursor = h ? first.x : first.y;
  return sorted.map((r) => {
    const position = h ? { x: cursor, y: r.y } : { x: r.x, y: cursor };
    cursor += (h ? r.width : r.height) + gap;
    return { id: r.id, position };
  });
}

export const snap = (value: number, grid: number) => Math.round(value / grid) * grid;

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Top-left corner for `rect` moved the least so that it lies inside `view` (less `margin`
 * on each side); a rect larger than the view keeps its top-left edge in view.
 */
export function keepInside(rect: Rect, view: Rect, margin = 0): XY {
  const inner = { x: view.x + margin, y: view.y + margin, width: Math.max(0, view.width - 2 * margin), height: Math.max(0, view.height - 2 * margin) };
  const clamp = (v: number, size: number, lo: number, span: number) => (size > span ? lo : Math.min(Math.max(v, lo), lo + span - size));
  return { x: clamp(rect.x, rect.width, inner.x, inner.width), y: clamp(rect.y, rect.height, inner.y, inner.height) };
}

/** How far the view must move (board units) to show `rect`: zero when it already does. */
export function panToReveal(rect: Rect, view: Rect, margin = 0): XY {
  const target = keepInside(rect, view, margin);
  return { x: rect.x - target.x, y: rect.y - target.y };
}

/**
 * The nearest place at or below `rect` (in steps of its height plus `gap`) that overlaps
 * none of `others`, so stickies added in a row never land on top of each other.
 */
export function freeSpot(rect: Rect, others: readonly Rect[], gap = 20, maxSteps = 50): XY {
  let candidate = { ...rect };
  for (let i = 0; i < maxSteps && others.some((o) => overlaps(candidate, o)); i++) candidate = { ...candidate, y: candidate.y + rect.height + gap };
  return { x: candidate.x, y: candidate.y };
}

/** Where the next sticky of a flow goes: right of `from`, middles aligned, clear of `others`. */
export function besides(from: Rect, size: WH, others: readonly Rect[], gap = 40): XY {
  const start = { x: from.x + from.width + gap, y: from.y + from.height / 2 - size.height / 2, ...size };
  return freeSpot(start, others, gap / 2);
}
