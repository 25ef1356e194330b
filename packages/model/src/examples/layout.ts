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

export interface Layout {
  readonly stickies: ReadonlyMap<string, { position: Point; size: Size }>;
  readonly frames: ReadonlyMap<string, { position: Point; size: Size }>;
  readonly lanes: ReadonlyMap<string, { y: number; height: number }>;
}

export const COL_WIDTH = 200;
export const ROW_HEIGHT = 120;
/** Room at the top of a lane for its name. */
const LANE_HEADER = 70;
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
export const LANE_HEIGHT = LANE_HEADER + ROWS * ROW_HEIGHT + 30;
/** Width of a standard cell's sticky; narrower stickies are centred in it. */
const CELL = 160;
const CELL_HEIGHT = 100;

/**
 * Places stickies on a grid: contexts side by side left to right in declaration order
 * (the timeline), lanes stacked top to bottom; each context's frame is its members'
 * bounding box plus padding, so frames contain exactly their members and never overlap.
 */
export function layoutBoard(items: readonly LayoutInput[], contextIds: readonly string[], laneIds: readonly string[]): Layout {
  const lanes = new Map(laneIds.map((id, i) => [id, { y: i * LANE_HEIGHT, height: LANE_HEIGHT }]));
  const columns = new Map<string, number>();
  for (const item of items) {
    const { contextId, col, span } = item.placement;
    columns.set(contextId, Math.max(columns.get(contextId) ?? 0, col + span));
  }
  const origins = new Map<string, number>();
  let x = 0;
  for (const id of contextIds) {
    origins.set(id, x);
    x += (columns.get(id) ?? 0) * COL_WIDTH + CONTEXT_GAP;
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
  for (const contextId of contextIds) {
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
