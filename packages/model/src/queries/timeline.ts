import { compareIds } from '../schema/ids';

// The one order of things on the board as people read a storm: the timeline runs left
// to right, lanes stack top to bottom. Views, suggestions and exports sort with these,
// so every list of events agrees (and a tie never depends on the order records arrive in).

interface Placed {
  readonly id: string;
  readonly position: { readonly x: number; readonly y: number };
}

interface Band {
  readonly id: string;
  readonly y: number;
  readonly height: number;
}

/** Finite numbers in their order, then every non-finite one (no place on the board) as one value. */
function compareCoordinate(a: number, b: number): number {
  const fa = Number.isFinite(a);
  const fb = Number.isFinite(b);
  if (fa && fb) return a - b;
  return fa === fb ? 0 : fa ? -1 : 1;
}

/**
 * Timeline order of stickies: left to right by the left edge (`position.x`); at the same
 * x, top to bottom (so an upper lane's sticky comes first); then by id. A sticky
 * without a finite coordinate sorts after every placed one. A total order: sorting with
 * it gives the same list on every replica.
 */
export function compareTimeline(a: Placed, b: Placed): number {
  return compareCoordinate(a.position.x, b.position.x) || compareCoordinate(a.position.y, b.position.y) || compareIds(a.id, b.id);
}

/** Lane order: top to bottom by the top edge, then by id. */
export function compareLanes(a: Band, b: Band): number {
  return compareCoordinate(a.y, b.y) || compareIds(a.id, b.id);
}

/**
 * The lane a sticky at vertical position `y` belongs in: the first lane in lane order
 * whose band (top and bottom edges included) holds `y`, or undefined.
 */
export function laneAt<T extends Band>(lanes: Iterable<T>, y: number): T | undefined {
  let found: T | undefined;
  for (const lane of lanes) {
    if (y >= lane.y && y <= lane.y + lane.height && (found === undefined || compareLanes(lane, found) < 0)) found = lane;
  }
  return found;
}
