import * as Y from 'yjs';
import type { BoundedContextCanvas } from '../schema/BoundedContext';
import { BoundedContext, BoundedContextCanvas as CanvasSchema, DEFAULT_CONTEXT_COLOUR, emptyCanvas, ServiceTarget } from '../schema/BoundedContext';
import { CodeName } from '../schema/CodeName';
import { Colour, Point, Size } from '../schema/ids';
import { clipText, clipTexts, TEXT_LIMITS } from '../schema/text';
import { boardMaps, CONTEXT_KEYS, contextMap, contextMembers, stickyMap } from './layout';
import { assertNewId, newId } from './newId';
import { readSnapEntry } from './read';
import { repairRelationshipsIn } from './repairs';
import { clean, putContext, transact, wellFormed } from './write';

/** What `addContext` needs; the canvas may be partial (missing fields are empty). */
export interface NewContext {
  id?: string;
  name: string;
  codeName?: string;
  colour?: string;
  position: Point;
  size: Size;
  memberIds?: readonly string[];
  canvas?: Partial<BoundedContextCanvas>;
}

/** Changes `updateContext` can make; `canvas` writes only the canvas fields it contains. */
export interface ContextPatch {
  name?: string;
  /** `null` removes it (derive from the name again). */
  codeName?: string | null;
  colour?: string;
  position?: Point;
  size?: Size;
  canvas?: Partial<BoundedContextCanvas>;
  /** Where its node sits on the context map; `null` hands it back to the automatic layout. */
  mapPosition?: Point | null;
  /** The service target decided for it; `null` makes it undecided again (the generate default). */
  target?: ServiceTarget | null;
}

/**
 * Adds a bounded context frame and returns its id. Listed members join it exclusively
 * (see {@link setMembership}). Texts longer than their limit are clipped (`TEXT_LIMITS`);
 * throws if the context is otherwise not valid.
 */
export function addContext(doc: Y.Doc, input: NewContext, origin?: unknown): string {
  const context = BoundedContext.parse(
    clipTexts(BoundedContext, {
      id: input.id === undefined ? newId() : assertNewId(input.id),
      name: input.name,
      ...(input.codeName === undefined ? {} : { codeName: input.codeName }),
      colour: input.colour ?? DEFAULT_CONTEXT_COLOUR,
      position: input.position,
      size: input.size,
      memberIds: [],
      canvas: { ...emptyCanvas(), ...input.canvas },
    }),
  );
  transact(doc, origin, () => {
    putContext(boardMaps(doc).contexts, context);
    if (input.memberIds?.length) setMembership(doc, context.id, input.memberIds, true, origin);
  });
  return context.id;
}

/**
 * Renames, recolours, moves or resizes a context, places its context-map node, or edits canvas fields. Each given
 * key is written separately so concurrent edits of different fields merge. Moving the
 * frame does not move its members: call `moveStickies` in the same transaction
 * (`doc.transact(() => { updateContext(…); moveStickies(…) }, origin)`) for one undo step.
 * Texts longer than their limit are clipped (`TEXT_LIMITS`); throws on other invalid
 * values; does nothing if the context is gone.
 */
export function updateContext(doc: Y.Doc, id: string, patch: ContextPatch, origin?: unknown): void {
  const name = patch.name === undefined ? undefined : clipText(patch.name, TEXT_LIMITS.name);
  if (patch.colour !== undefined) Colour.parse(patch.colour);
  if (patch.codeName !== undefined && patch.codeName !== null) CodeName.parse(patch.codeName);
  if (patch.position) Point.parse(patch.position);
  if (patch.size) Size.parse(patch.size);
  if (patch.mapPosition) Point.parse(patch.mapPosition);
  if (patch.target !== undefined && patch.target !== null) ServiceTarget.parse(patch.target);
  const canvasEntries = Object.entries(patch.canvas ?? {}).map(([key, value]) => {
    const schema = CanvasSchema.shape[key as keyof BoundedContextCanvas];
    if (!schema) throw new Error(`unknown canvas field "${key}"`);
    return [key, schema.parse(clipTexts(schema, value))] as const;
  });
  transact(doc, origin, () => {
    const m = contextMap(doc, id);
    if (!m) return;
    if (name !== undefined) m.set(CONTEXT_KEYS.name, wellFormed(name));
    if (patch.colour !== undefined) m.set(CONTEXT_KEYS.colour, patch.colour);
    if (patch.codeName === null) m.delete(CONTEXT_KEYS.codeName);
    else if (patch.codeName !== undefined) m.set(CONTEXT_KEYS.codeName, patch.codeName);
    if (patch.position) m.set(CONTEXT_KEYS.pos, { x: patch.position.x, y: patch.position.y });
    if (patch.size) m.set(CONTEXT_KEYS.size, { width: patch.size.width, height: patch.size.height });
    if (patch.mapPosition === null) m.delete(CONTEXT_KEYS.mapPos);
    else if (patch.mapPosition) m.set(CONTEXT_KEYS.mapPos, { x: patch.mapPosition.x, y: patch.mapPosition.y });
    if (patch.target === null) m.delete(CONTEXT_KEYS.target);
    else if (patch.target !== undefined) m.set(CONTEXT_KEYS.target, patch.target);
    if (canvasEntries.length === 0) return;
    let canvas = m.get(CONTEXT_KEYS.canvas);
    if (!(canvas instanceof Y.Map)) {
      canvas = new Y.Map<unknown>();
      m.set(CONTEXT_KEYS.canvas, canvas);
    }
    for (const [key, value] of canvasEntries) (canvas as Y.Map<unknown>).set(key, clean(value));
  });
}

/**
 * Deletes a context with the relationships that touch it and its manual SNAP-E
 * entries. Its member stickies stay on the board.
 */
export function deleteContext(doc: Y.Doc, id: string, origin?: unknown): void {
  transact(doc, origin, () => {
    const maps = boardMaps(doc);
    maps.contexts.delete(id);
    repairRelationshipsIn(doc);
    for (const [eid, value] of [...maps.snapManual.entries()]) {
      const e = readSnapEntry(eid, value);
      if (!e || e.contextId === id) maps.snapManual.delete(eid);
    }
  });
}

/**
 * Makes stickies members (`member = true`) or non-members of a context. A sticky
 * belongs to at most one context, so joining one leaves any other; membership is a
 * Y.Map entry per sticky, so concurrent changes for different stickies merge.
 */
export function setMembership(
  doc: Y.Doc,
  contextId: string,
  stickyIds: readonly string[],
  member: boolean,
  origin?: unknown,
): void {
  transact(doc, origin, () => {
    const contexts = boardMaps(doc).contexts;
    const target = contextMembers(contexts.get(contextId));
    if (!target) return;
    if (!member) {
      for (const id of stickyIds) if (target.has(id)) target.delete(id);
      return;
    }
    for (const [cid, context] of contexts.entries()) {
      const members = cid === contextId ? undefined : contextMembers(context);
      if (members) for (const id of stickyIds) if (members.has(id)) members.delete(id);
    }
    for (const id of stickyIds) if (target.get(id) !== true && stickyMap(doc, id)) target.set(id, true);
  });
}
