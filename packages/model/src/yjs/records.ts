import type * as Y from 'yjs';
import type { ContextPattern, RelationshipKind } from '../schema/ContextRelationship';
import { ContextRelationship } from '../schema/ContextRelationship';
import type { GoalKind } from '../schema/Goal';
import { Goal } from '../schema/Goal';
import type { SlicePath } from '../schema/ThinSlice';
import { ThinSlice } from '../schema/ThinSlice';
import { Swimlane } from '../schema/Swimlane';
import { clipText, TEXT_LIMITS } from '../schema/text';
import { BOARD_KEYS, boardMaps } from './layout';
import { addPlain, deletePlain, updatePlain } from './plain';
import { readGoal, readRelationship, readSlice, readSwimlane } from './read';
import { repairLanesIn } from './repairs';
import { putPlain, transact, wellFormed } from './write';
import { contextPairKey } from '../queries/relationships';

/** Renames the board (clipped to `TEXT_LIMITS.name` characters). */
export function setBoardName(doc: Y.Doc, name: string, origin?: unknown): void {
  transact(doc, origin, () => boardMaps(doc).board.set(BOARD_KEYS.name, wellFormed(clipText(name, TEXT_LIMITS.name))));
}

// ---- goals

/** Adds a goal (default kind "goal", no key results) and returns its id. */
export function addGoal(
  doc: Y.Doc,
  input: { id?: string; kind?: GoalKind; text: string; keyResults?: string[] },
  origin?: unknown,
): string {
  return addPlain(doc, boardMaps(doc).goals, Goal, { kind: 'goal', keyResults: [], ...input }, origin);
}
/** Edits a goal (kind, text or key results). */
export function updateGoal(doc: Y.Doc, id: string, patch: Partial<Omit<Goal, 'id'>>, origin?: unknown): void {
  updatePlain(doc, boardMaps(doc).goals, Goal, readGoal, id, patch, origin);
}
/** Deletes a goal. */
export function deleteGoal(doc: Y.Doc, id: string, origin?: unknown): void {
  deletePlain(doc, boardMaps(doc).goals, id, origin);
}

// ---- swimlanes

/** Adds a swimlane (a horizontal band from `y`, `height` tall) and returns its id. */
export function addSwimlane(
  doc: Y.Doc,
  input: { id?: string; name: string; y: number; height: number },
  origin?: unknown,
): string {
  return addPlain(doc, boardMaps(doc).swimlanes, Swimlane, input, origin);
}
/** Renames, moves or resizes a swimlane. */
export function updateSwimlane(doc: Y.Doc, id: string, patch: Partial<Omit<Swimlane, 'id'>>, origin?: unknown): void {
  updatePlain(doc, boardMaps(doc).swimlanes, Swimlane, readSwimlane, id, patch, origin);
}
/** Deletes a swimlane; stickies in it keep their place and get no lane. */
export function deleteSwimlane(doc: Y.Doc, id: string, origin?: unknown): void {
  transact(doc, origin, () => {
    const maps = boardMaps(doc);
    maps.swimlanes.delete(id);
    repairLanesIn(doc);
  });
}

// ---- thin slices

/** Adds a thin slice (default happy path, no events) and returns its id. */
export function addSlice(
  doc: Y.Doc,
  input: { id?: string; name: string; colour: string; path?: SlicePath; eventIds?: string[] },
  origin?: unknown,
): string {
  return addPlain(doc, boardMaps(doc).slices, ThinSlice, { path: 'happy', eventIds: [], ...input }, origin);
}
/** Edits a slice; `eventIds` replaces the whole ordered list. */
export function updateSlice(doc: Y.Doc, id: string, patch: Partial<Omit<ThinSlice, 'id'>>, origin?: unknown): void {
  updatePlain(doc, boardMaps(doc).slices, ThinSlice, readSlice, id, patch, origin);
}
/** Deletes a slice (its events stay on the board). */
export function deleteSlice(doc: Y.Doc, id: string, origin?: unknown): void {
  deletePlain(doc, boardMaps(doc).slices, id, origin);
}
/**
 * Moves the event at `from` to index `to` in a slice's ordered event list (indices are
 * clamped). The list is one value, so concurrent reorders resolve last-writer-wins and
 * can never duplicate or lose an event.
 */
export function moveSliceEvent(doc: Y.Doc, sliceId: string, from: number, to: number, origin?: unknown): void {
  transact(doc, origin, () => {
    const slices = boardMaps(doc).slices;
    const slice = readSlice(sliceId, slices.get(sliceId));
    if (!slice || from < 0 || from >= slice.eventIds.length) return;
    const eventIds = [...slice.eventIds];
    const [moved] = eventIds.splice(from, 1);
    if (moved === undefined) return;
    eventIds.splice(Math.max(0, Math.min(to, eventIds.length)), 0, moved);
    putPlain(slices, { ...slice, eventIds });
  });
}

// ---- context-map relationships

const Relationship = ContextRelationship.refine((r) => r.upstreamId !== r.downstreamId, {
  message: 'a relationship connects two different contexts',
});

/** The id of the relationship between contexts `a` and `b` (either direction) other than `exceptId`, or null. */
export function relationshipIdBetween(doc: Y.Doc, a: string, b: string, exceptId?: string): string | null {
  const key = contextPairKey(a, b);
  for (const [id, value] of boardMaps(doc).relationships.entries()) {
    if (id === exceptId) continue;
    const r = readRelationship(id, value);
    if (r && contextPairKey(r.upstreamId, r.downstreamId) === key) return id;
  }
  return null;
}

function refuseSecond(doc: Y.Doc, a: string, b: string, exceptId?: string): void {
  if (relationshipIdBetween(doc, a, b, exceptId) !== null) {
    throw new Error('these two contexts already have a relationship: a pair of contexts has one (edit or delete that one instead)');
  }
}

/**
 * Adds a relationship between two different contexts (no patterns, no description by
 * default) and returns its id. Throws if the two already have a relationship, in either
 * direction: a pair of contexts has one (rule M2 reports what concurrent adds leave).
 */
export function addRelationship(
  doc: Y.Doc,
  input: {
    id?: string;
    kind: RelationshipKind;
    upstreamId: string;
    downstreamId: string;
    upstreamPatterns?: ContextPattern[];
    downstreamPatterns?: ContextPattern[];
    description?: string;
  },
  origin?: unknown,
): string {
  const defaults = { upstreamPatterns: [], downstreamPatterns: [], description: '' };
  refuseSecond(doc, input.upstreamId, input.downstreamId);
  return addPlain(doc, boardMaps(doc).relationships, Relationship, { ...defaults, ...input }, origin);
}
/** Edits a relationship; throws if new ends would give a pair that already has one. */
export function updateRelationship(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<ContextRelationship, 'id'>>,
  origin?: unknown,
): void {
  if (patch.upstreamId !== undefined || patch.downstreamId !== undefined) {
    const current = readRelationship(id, boardMaps(doc).relationships.get(id));
    if (current) refuseSecond(doc, patch.upstreamId ?? current.upstreamId, patch.downstreamId ?? current.downstreamId, id);
  }
  updatePlain(doc, boardMaps(doc).relationships, Relationship, readRelationship, id, patch, origin);
}
/** Deletes a relationship. */
export function deleteRelationship(doc: Y.Doc, id: string, origin?: unknown): void {
  deletePlain(doc, boardMaps(doc).relationships, id, origin);
}
