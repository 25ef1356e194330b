import type * as Y from 'yjs';
import type { Point, Size } from '../schema/ids';
import { KIND_STYLES } from '../schema/notation';
import { allowsProperty, Sticky } from '../schema/Sticky';
import { clipTexts } from '../schema/text';
import { boardMaps, contextMembers, STICKY_FLAG_KEYS, STICKY_KEYS, stickyMap } from './layout';
import type { StickyFlagKey } from './layout';
import { assertNewId, newId } from './newId';
import { readLink, readSticky } from './read';
import { repairLinksIn, repairSlicesIn } from './repairs';
import { clean, putPlain, putSticky, transact, wellFormed } from './write';

/** What `addSticky` needs; everything but kind and position has a default. */
export type NewSticky = Partial<Omit<Sticky, 'kind' | 'position'>> & Pick<Sticky, 'kind' | 'position'>;

/**
 * Changes `updateSticky` can make. For the optional, kind-specific properties
 * (pivotal, timed, public, policyMode, resolved, fields, the code name, and the design
 * decisions outcomes, creatingCommandId, lifecycle, mappings, schedule) `null` removes the property.
 */
export type StickyPatch = Partial<Pick<Sticky, 'kind' | 'text' | 'description' | 'laneId'>> & {
  [K in StickyFlagKey]?: Sticky[K] | null;
};

/** One sticky's new position, for {@link moveStickies}. */
export interface StickyMove {
  id: string;
  position: Point;
}

const assertPoint = (p: Point) => {
  if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new Error(`invalid position ${JSON.stringify(p)}`);
};

/**
 * Adds a sticky and returns its id (`input.id` or a new one). Text is clipped to the
 * schema's limits; size defaults to the kind's default size. Throws if the result is
 * not a valid sticky (e.g. a flag not allowed on its kind).
 */
export function addSticky(doc: Y.Doc, input: NewSticky, origin?: unknown): string {
  const sticky = Sticky.parse(
    clipTexts(Sticky, {
      text: '',
      description: '',
      size: { ...KIND_STYLES[input.kind].defaultSize },
      laneId: null,
      ...input,
      id: input.id === undefined ? newId() : assertNewId(input.id),
    }),
  );
  transact(doc, origin, () => putSticky(boardMaps(doc).stickies, sticky));
  return sticky.id;
}

/**
 * Moves stickies (one drag frame for a whole selection). Writes only the `pos` key of
 * each sticky, as one value, which keeps a long drag from growing the document. Ids that
 * no longer exist (deleted by a peer) are ignored.
 */
export function moveStickies(doc: Y.Doc, moves: readonly StickyMove[], origin?: unknown): void {
  for (const m of moves) assertPoint(m.position);
  transact(doc, origin, () => {
    for (const { id, position } of moves) stickyMap(doc, id)?.set(STICKY_KEYS.pos, { x: position.x, y: position.y });
  });
}

/** Resizes a sticky; `position` also moves it (resizing from the top or left edge). */
export function resizeSticky(doc: Y.Doc, id: string, size: Size, position?: Point, origin?: unknown): void {
  if (!(size.width > 0 && size.height > 0 && Number.isFinite(size.width) && Number.isFinite(size.height))) {
    throw new Error(`invalid size ${JSON.stringify(size)}`);
  }
  if (position) assertPoint(position);
  transact(doc, origin, () => {
    const m = stickyMap(doc, id);
    if (!m) return;
    m.set(STICKY_KEYS.size, { width: size.width, height: size.height });
    if (position) m.set(STICKY_KEYS.pos, { x: position.x, y: position.y });
  });
}

/**
 * Edits a sticky's text, description, lane, kind-specific flags or fields; only the
 * keys present in `patch` are written. Changing the kind drops flags the new kind does
 * not allow, re-infers the kind of its links (deleting those the grammar no longer
 * allows) and, if it stops being an event, removes it from thin slices. Texts longer
 * than their limit are clipped (`TEXT_LIMITS`). Throws on any other
 * value the schema refuses; does nothing if the sticky is gone.
 */
export function updateSticky(doc: Y.Doc, id: string, patch: StickyPatch, origin?: unknown): void {
  transact(doc, origin, () => {
    const m = stickyMap(doc, id);
    const current = m && readSticky(m, id);
    if (!m || !current) return;
    const kind = patch.kind ?? current.kind;
    const next: Record<string, unknown> = { ...current, kind };
    if (patch.text !== undefined) next.text = patch.text;
    if (patch.description !== undefined) next.description = patch.description;
    if (patch.laneId !== undefined) next.laneId = patch.laneId;
    for (const key of STICKY_FLAG_KEYS) {
      if (!(key in patch)) continue;
      const value = patch[key];
      if (value === null || value === undefined) delete next[key];
      else next[key] = value;
    }
    if (kind !== current.kind) {
      for (const key of STICKY_FLAG_KEYS) if (!allowsProperty(kind, key)) delete next[key];
    }
    const sticky = Sticky.parse(clipTexts(Sticky, next));
    // Write only what changed so concurrent edits of other keys are not overwritten.
    if (sticky.kind !== current.kind) m.set(STICKY_KEYS.kind, sticky.kind);
    if (sticky.text !== current.text) m.set(STICKY_KEYS.text, wellFormed(sticky.text));
    if (sticky.description !== current.description) m.set(STICKY_KEYS.description, wellFormed(sticky.description));
    if (sticky.laneId !== current.laneId) m.set(STICKY_KEYS.laneId, sticky.laneId);
    for (const key of STICKY_FLAG_KEYS) {
      const value = sticky[key];
      if (value === undefined) {
        if (m.has(key)) m.delete(key);
      } else if (key in patch) m.set(key, clean(value));
    }
    if (sticky.kind !== current.kind) repairAfterKindChange(doc, sticky);
  });
}

/** Fixes links and slices of a sticky whose kind just changed (inside a transaction). */
function repairAfterKindChange(doc: Y.Doc, sticky: Sticky): void {
  repairLinksIn(doc, new Set([sticky.id]));
  if (sticky.kind !== 'event') repairSlicesIn(doc);
}

/**
 * Deletes stickies together with the links touching them, their context memberships
 * and their places in thin slices, in one transaction.
 */
export function deleteStickies(doc: Y.Doc, ids: readonly string[], origin?: unknown): void {
  const gone = new Set(ids);
  transact(doc, origin, () => {
    const maps = boardMaps(doc);
    for (const id of gone) maps.stickies.delete(id);
    repairLinksIn(doc, gone);
    for (const context of maps.contexts.values()) {
      const members = contextMembers(context);
      if (members) for (const id of gone) if (members.has(id)) members.delete(id);
    }
    repairSlicesIn(doc);
  });
}

/**
 * Copies stickies `offset` away (new ids, same text, flags, lane and contexts), plus
 * the links between copied stickies. Returns the new ids in the order of `ids`
 * (missing stickies are skipped).
 */
export function duplicateStickies(
  doc: Y.Doc,
  ids: readonly string[],
  offset: Point = { x: 24, y: 24 },
  origin?: unknown,
): string[] {
  assertPoint(offset);
  return transact(doc, origin, () => {
    const maps = boardMaps(doc);
    const copies = new Map<string, string>();
    for (const id of ids) {
      const sticky = readSticky(stickyMap(doc, id), id);
      if (!sticky || copies.has(id)) continue;
      const copyId = newId();
      copies.set(id, copyId);
      const position = { x: sticky.position.x + offset.x, y: sticky.position.y + offset.y };
      putSticky(maps.stickies, { ...sticky, id: copyId, position });
    }
    for (const [id, value] of [...maps.links.entries()]) {
      const link = readLink(id, value);
      const from = link && copies.get(link.from);
      const to = link && copies.get(link.to);
      if (link && from && to) putPlain(maps.links, { ...link, id: newId(), from, to });
    }
    for (const context of maps.contexts.values()) {
      const members = contextMembers(context);
      if (members) for (const [id, copyId] of copies) if (members.get(id) === true) members.set(copyId, true);
    }
    return [...copies.values()];
  });
}
