// Invariant: a sticky's `laneId` names an existing swimlane (or is null). A lane deleted
// while someone drops a sticky into it leaves the sticky pointing nowhere: the file check
// reports it, and docToBoard, the web store and `deleteSwimlane` take the sticky out of
// every lane (it keeps its place on the board).

/** Whether `laneId` breaks the invariant: it names a lane, and no such lane exists. */
export function isDanglingLane(laneId: string | null, isLane: (id: string) => boolean): boolean {
  return laneId !== null && !isLane(laneId);
}

/** The repair: `sticky` with no lane when its lane is gone; `sticky` itself otherwise. */
export function withExistingLane<T extends { readonly laneId: string | null }>(sticky: T, isLane: (id: string) => boolean): T {
  return isDanglingLane(sticky.laneId, isLane) ? { ...sticky, laneId: null } : sticky;
}
