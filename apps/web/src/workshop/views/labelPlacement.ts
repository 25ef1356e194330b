/** An axis-aligned box: top-left corner and size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Gap kept between a label and any node. */
const MARGIN = 6;

const intersects = (a: Rect, b: Rect, margin = 0) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * A generous estimate of a one-line label's box (no DOM to measure in exports and
 * layout): wide characters are assumed, so the real text is never larger.
 */
export function estimateLabelSize(text: string, fontSize: number, padding = 0): { width: number; height: number } {
  return { width: Math.ceil(text.length * fontSize * 0.68 + 2 * padding + 4), height: Math.ceil(fontSize * 1.35 + 2 * padding) };
}

/** Where a label of `size` centred on `at` sits. */
export const boxAround = (at: Point, size: { width: number; height: number }): Rect => ({
  x: at.x - size.width / 2,
  y: at.y - size.height / 2,
  width: size.width,
  height: size.height,
});

/**
 * The centre for a label along a line, clear of every node. `pointAt(t)` walks the line
 * (t in 0..1); candidates start at `prefer` and move outwards, each also tried a little
 * to either side of the line. The first spot that overlaps no node and no label already
 * placed wins; if labels crowd, the first spot clear of nodes only. A label never sits
 * under a node unless no spot along the whole line is free (then it goes just outside
 * the line's bounding box, still clear of nodes where possible).
 */
export function placeLabel(
  pointAt: (t: number) => Point,
  size: { width: number; height: number },
  nodes: readonly Rect[],
  placed: readonly Rect[],
  prefer = 0.5,
): Point {
  const ts: number[] = [];
  for (let step = 0; step <= 20; step++) {
    const up = prefer + step * 0.025;
    const down = prefer - step * 0.025;
    if (up <= 0.97) ts.push(up);
    if (step > 0 && down >= 0.03) ts.push(down);
  }
  const offsets = [0, -(size.height / 2 + 4), size.height / 2 + 4, -(size.height + 8), size.height + 8];
  const clearOfNodes = (r: Rect) => !nodes.some((n) => intersects(r, n, MARGIN));
  let fallback: Point | null = null;
  for (const t of ts) {
    const p = pointAt(t);
    // Perpendicular offsets (in y; labels are horizontal text, so moving up/down is what frees them).
    for (const dy of offsets) {
      const at = { x: p.x, y: p.y + dy };
      const box = boxAround(at, size);
      if (!clearOfNodes(box)) continue;
      if (!placed.some((q) => intersects(box, q, 2))) return at;
      fallback ??= at;
    }
  }
  if (fallback) return fallback;
  // Nowhere along the line: above the highest node the line touches.
  const a = pointAt(0);
  const b = pointAt(1);
  const top = Math.min(...nodes.filter((n) => intersects(n, { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) })).map((n) => n.y), Math.min(a.y, b.y));
  return { x: (a.x + b.x) / 2, y: top - size.height / 2 - MARGIN };
}

/** A straight segment as `pointAt`. */
export const straight = (p: Point, q: Point) => (t: number) => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** A cubic Bézier curve as `pointAt`. */
export const cubic = (p0: Point, c1: Point, c2: Point, p1: Point) => (t: number) => {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p1.x, y: a * p0.y + b * c1.y + c * c2.y + d * p1.y };
};

/** One edge as the layered layout routes it: orthogonal points, the label's centre. */
export interface RoutedEdge {
  points: Point[];
  label: Point | null;
}

/** An orthogonal route as an SVG path. */
export const routePath = (points: readonly Point[]): string => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`).join(' ');

/** A polyline as `pointAt(t)` (t in 0..1 along its length), for placing labels along a route. */
export function alongRoute(points: readonly Point[]): (t: number) => Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const total = lengths.reduce((a, b) => a + b, 0);
  return (t) => {
    let left = t * total;
    for (let i = 0; i < lengths.length; i++) {
      const len = lengths[i]!;
      if (left <= len || i === lengths.length - 1) {
        const a = points[i]!;
        const b = points[i + 1]!;
        const f = len === 0 ? 0 : Math.min(1, left / len);
        return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
      }
      left -= len;
    }
    return points[0] ?? { x: 0, y: 0 };
  };
}
