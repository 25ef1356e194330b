import type { Point, Size } from '../schema/ids';
import type { StickyKind } from '../schema/notation';

/** Where a sticky goes on the example grid: a column of its context, in a lane. */
export interface Placement {
  readonly contextId: string;
  readonly laneId: string;
  readonly col: number;
  /** Rows to shift from the kind's default row. */
  readonly dy: number;
  /** Columns spanned (aggregates and external systems sit under their commands). */
  readonly span: number;
}

export interface LayoutInput {
  readonly id: string;
  readonly kind: StickyKind;
  readonly size: Size;
  readonly placement: Placement;
}

/** A context in layout order; `after` keeps it right of a column of another context (the timeline). */
export interface LayoutContext {
  readonly id: string;
  readonly after?: { readonly contextId: string; readonly cols: number };
}

export interface Layout {
  readonly stickies: ReadonlyMap<string, { position: Point; size: Size }>;
  readonly frames: ReadonlyMap<string, { position: Point; size: Size }>;
  readonly lanes: ReadonlyMap<string, { y: number; height: number }>;
}

export const COL_WIDTH = 200;
export const ROW_HEIGHT = 120;
/** Room at the top of a lane for its name. */
const LANE_HEADER = 90;
/** Space between two context frames' column blocks. */
const CONTEXT_GAP = 160;
const FRAME_PADDING = 40;
/** Extra room at the top of a frame for the context's name. */
const FRAME_TITLE = 30;

/**
 * Rows of a design-level lane, top to bottom: annotations; who decides (actor, policy);
 * the screen they use; the command; the aggregate or system it is invoked on (spanning its
 * commands); the events it produces, in a row along the timeline; read models they feed.
 */
const ROW_OF: Readonly<Record<StickyKind, number>> = {
  hotspot: 0,
  opportunity: 0,
  note: 0,
  actor: 1,
  policy: 1,
  ui: 2,
  command: 3,
  aggregate: 4,
  externalSystem: 4,
  event: 5,
  readModel: 6,
};
const ROWS = 7;
export const LANE_HEIGHT = LANE_HEADER + ROWS * ROW_HEIGHT + 50;
/** Width of a standard cell's sticky; narrower stickies are centred in it. */
const CELL = 160;
const CELL_HEIGHT = 100;

/**
 * Places stickies on a grid: lanes stacked top to bottom, contexts left to right along the
 * timeline. A context starts right of every earlier context sharing one of its lanes and
 * right of its `after` column; contexts in other lanes may sit above or below it. Each
 * frame is its members' bounding box plus padding, so frames contain exactly their
 * members and never overlap.
 */
export function layoutBoard(items: readonly LayoutInput[], contexts: readonly LayoutContext[], laneIds: readonly string[]): Layout {
  const lanes = new Map(laneIds.map((id, i) => [id, { y: i * LANE_HEIGHT, height: LANE_HEIGHT }]));
  const columns = new Map<string, number>();
  // Lane index range per context: its frame covers every lane in between.
  const laneRange = new Map<string, [number, number]>();
  for (const item of items) {
    const { contextId, col, span, laneId } = item.placement;
    columns.set(contextId, Math.max(columns.get(contextId) ?? 0, col + span));
    const i = laneIds.indexOf(laneId);
    const [lo, hi] = laneRange.get(contextId) ?? [i, i];
    laneRange.set(contextId, [Math.min(lo, i), Math.max(hi, i)]);
  }
  const origins = new Map<string, number>();
  const placed: string[] = [];
  for (const { id, after } of contexts) {
    const [lo, hi] = laneRange.get(id) ?? [0, 0];
    let x = after ? (origins.get(after.contextId) ?? 0) + after.cols * COL_WIDTH : 0;
    for (const other of placed) {
      const [olo, ohi] = laneRange.get(other) ?? [0, 0];
      if (olo <= hi && lo <= ohi) x = Math.max(x, (origins.get(other) ?? 0) + (columns.get(other) ?? 0) * COL_WIDTH + CONTEXT_GAP);
    }
    origins.set(id, x);
    placed.push(id);
  }

  const stickies = new Map<string, { position: Point; size: Size }>();
  for (const { id, kind, size, placement } of items) {
    const lane = lanes.get(placement.laneId);
    const originX = origins.get(placement.contextId);
    if (!lane || originX === undefined) throw new Error(`${id}: unknown lane or context`);
    const width = placement.span > 1 ? placement.span * COL_WIDTH - (COL_WIDTH - CELL) : Math.min(size.width, CELL);
    const height = Math.min(size.height, CELL_HEIGHT);
    const cellX = originX + placement.col * COL_WIDTH;
    const cellY = lane.y + LANE_HEADER + (ROW_OF[kind] + placement.dy) * ROW_HEIGHT;
    stickies.set(id, {
      position: { x: cellX + (placement.span > 1 ? 0 : (CELL - width) / 2), y: cellY + (CELL_HEIGHT - height) / 2 },
      size: { width, height },
    });
  }

  const frames = new Map<string, { position: Point; size: Size }>();
  for (const { id: contextId } of contexts) {
    const boxes = items.filter((i) => i.placement.contextId === contextId).map((i) => stickies.get(i.id));
    const xs = boxes.flatMap((b) => (b ? [b.position.x, b.position.x + b.size.width] : []));
    const ys = boxes.flatMap((b) => (b ? [b.position.y, b.position.y + b.size.height] : []));
    if (xs.length === 0) continue;
    const left = Math.min(...xs) - FRAME_PADDING;
    const top = Math.min(...ys) - FRAME_PADDING - FRAME_TITLE;
    frames.set(contextId, {
      position: { x: left, y: top },
      size: { width: Math.max(...xs) + FRAME_PADDING - left, height: Math.max(...ys) + FRAME_PADDING - top },
    });
  }
  return { stickies, frames, lanes };
}
