import type * as Y from 'yjs';
import { BorisAddedEdge, EdgeMode } from '../schema/BorisOverrides';
import { Point } from '../schema/ids';
import { clipText, DERIVED_ID_MAX_LENGTH, SNAP_DERIVED_ID_MAX_LENGTH, TEXT_LIMITS } from '../schema/text';
import type { SnapSection } from '../schema/SnapOverrides';
import { SnapManualEntry } from '../schema/SnapOverrides';
import { boardMaps } from './layout';
import { addPlain, deletePlain, updatePlain } from './plain';
import { readBorisEdge, readSnapEntry } from './read';
import { transact, wellFormed } from './write';

// People's edits to derived Boris diagrams and SNAP-E sheets. Each override is its own
// map entry keyed by the derived id, so concurrent edits of different items merge.

const checkDerivedId = (id: string, max: number) => {
  if (id.length === 0 || id.length > max) throw new Error(`a derived id has 1–${max} characters`);
};

/** Pins a derived Boris node at `position`, or with `null` returns it to the automatic layout. */
export function moveBorisNode(doc: Y.Doc, nodeId: string, position: Point | null, origin?: unknown): void {
  checkDerivedId(nodeId, DERIVED_ID_MAX_LENGTH);
  const p = position && Point.parse(position);
  transact(doc, origin, () => {
    const map = boardMaps(doc).borisNodePositions;
    if (p) map.set(wellFormed(nodeId), { x: p.x, y: p.y });
    else map.delete(wellFormed(nodeId));
  });
}

/** Hides a derived Boris edge (remembered across re-derivation). */
export function hideBorisEdge(doc: Y.Doc, edgeId: string, origin?: unknown): void {
  checkDerivedId(edgeId, DERIVED_ID_MAX_LENGTH);
  transact(doc, origin, () => boardMaps(doc).borisHiddenEdges.set(wellFormed(edgeId), true));
}

/** Shows a hidden derived Boris edge again. */
export function showBorisEdge(doc: Y.Doc, edgeId: string, origin?: unknown): void {
  transact(doc, origin, () => boardMaps(doc).borisHiddenEdges.delete(wellFormed(edgeId)));
}

/** Adds a hand-drawn Boris edge between two node ids and returns its id. */
export function addBorisEdge(
  doc: Y.Doc,
  input: { id?: string; from: string; to: string; mode: EdgeMode; label?: string },
  origin?: unknown,
): string {
  return addPlain(doc, boardMaps(doc).borisAddedEdges, BorisAddedEdge, { label: '', ...input }, origin);
}

/** Edits a hand-drawn Boris edge (ends, mode or label). */
export function updateBorisEdge(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<BorisAddedEdge, 'id'>>,
  origin?: unknown,
): void {
  updatePlain(doc, boardMaps(doc).borisAddedEdges, BorisAddedEdge, readBorisEdge, id, patch, origin);
}

/** Deletes a hand-drawn Boris edge. */
export function deleteBorisEdge(doc: Y.Doc, id: string, origin?: unknown): void {
  deletePlain(doc, boardMaps(doc).borisAddedEdges, id, origin);
}

/**
 * Switches a derived Boris edge to `mode` (sync ↔ async, the step's decision), or with
 * `null` returns it to the mode derived from the storm.
 */
export function setBorisEdgeMode(doc: Y.Doc, edgeId: string, mode: EdgeMode | null, origin?: unknown): void {
  checkDerivedId(edgeId, DERIVED_ID_MAX_LENGTH);
  const m = mode && EdgeMode.parse(mode);
  transact(doc, origin, () => {
    const map = boardMaps(doc).borisEdgeModes;
    if (m) map.set(wellFormed(edgeId), m);
    else map.delete(wellFormed(edgeId));
  });
}

/** Sets the note on a Boris node or edge (clipped to `TEXT_LIMITS.note`); an empty string or `null` removes it. */
export function setBorisNote(doc: Y.Doc, targetId: string, note: string | null, origin?: unknown): void {
  checkDerivedId(targetId, DERIVED_ID_MAX_LENGTH);
  transact(doc, origin, () => {
    const notes = boardMaps(doc).borisNotes;
    if (note) notes.set(wellFormed(targetId), wellFormed(clipText(note, TEXT_LIMITS.note)));
    else notes.delete(wellFormed(targetId));
  });
}

/** Adds a manual entry to a context's SNAP-E sheet and returns its id. */
export function addSnapEntry(
  doc: Y.Doc,
  input: { id?: string; contextId: string; section: SnapSection; text: string },
  origin?: unknown,
): string {
  return addPlain(doc, boardMaps(doc).snapManual, SnapManualEntry, input, origin);
}

/** Edits a manual SNAP-E entry (section or text). */
export function updateSnapEntry(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<SnapManualEntry, 'id'>>,
  origin?: unknown,
): void {
  updatePlain(doc, boardMaps(doc).snapManual, SnapManualEntry, readSnapEntry, id, patch, origin);
}

/** Deletes a manual SNAP-E entry. */
export function deleteSnapEntry(doc: Y.Doc, id: string, origin?: unknown): void {
  deletePlain(doc, boardMaps(doc).snapManual, id, origin);
}

/** Dismisses a derived SNAP-E entry (remembered across re-derivation). */
export function dismissSnapEntry(doc: Y.Doc, derivedId: string, origin?: unknown): void {
  checkDerivedId(derivedId, SNAP_DERIVED_ID_MAX_LENGTH);
  transact(doc, origin, () => boardMaps(doc).snapDismissed.set(wellFormed(derivedId), true));
}

/** Brings back a dismissed derived SNAP-E entry. */
export function restoreSnapEntry(doc: Y.Doc, derivedId: string, origin?: unknown): void {
  transact(doc, origin, () => boardMaps(doc).snapDismissed.delete(wellFormed(derivedId)));
}
