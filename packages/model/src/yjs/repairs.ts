import * as Y from 'yjs';
import { isDanglingLane, repairLink, withSliceEvents, withSoundRelationships } from '../invariants/index';
import type { StickyKind } from '../schema/notation';
import { boardMaps, contextMap, STICKY_KEYS, stickyMap } from './layout';
import { readContext, readLink, readRelationship, readSlice, readSticky, readSwimlane } from './read';
import { putPlain } from './write';

// The model's check/repair pairs (src/invariants/) written to the live document. The
// delete helpers call these inside their own transaction, so a repair is part of the
// edit that caused it: one undo step, under the caller's origin, merged by Yjs like any
// edit. They repair what the edit broke and whatever earlier concurrent edits left
// dangling (docToBoard hides such leftovers on every read; here they are removed for good).
// Each runs inside a transaction (callers use `transact`); none of them opens one.

/** The kind of the readable sticky `id` in the document, as docToBoard reads it. */
const stickyKindIn = (doc: Y.Doc) => (id: string): StickyKind | undefined => readSticky(stickyMap(doc, id), id)?.kind;

/** Links whose end is gone or whose kind no longer fits: re-inferred or deleted (`repairLink`). */
export function repairLinksIn(doc: Y.Doc, touching?: ReadonlySet<string>): void {
  const links = boardMaps(doc).links;
  const kindOf = stickyKindIn(doc);
  for (const [id, value] of [...links.entries()]) {
    const link = readLink(id, value);
    if (!link) continue;
    if (touching && !touching.has(link.from) && !touching.has(link.to)) continue;
    const repaired = repairLink(link, kindOf);
    if (repaired === null) links.delete(id);
    else if (repaired !== link) putPlain(links, repaired);
  }
}

/** Slice entries that name no event (or name one twice) leave the slice (`withSliceEvents`). */
export function repairSlicesIn(doc: Y.Doc): void {
  const slices = boardMaps(doc).slices;
  const kindOf = stickyKindIn(doc);
  for (const [id, value] of [...slices.entries()]) {
    const slice = readSlice(id, value);
    if (!slice) continue;
    const repaired = withSliceEvents(slice, kindOf);
    if (repaired !== slice) putPlain(slices, repaired);
  }
}

/** Relationships with a missing end, or one context at both ends, are deleted (`withSoundRelationships`). */
export function repairRelationshipsIn(doc: Y.Doc): void {
  const relationships = boardMaps(doc).relationships;
  const isContext = (id: string) => readContext(contextMap(doc, id), id) !== null;
  const readable = [...relationships.entries()].flatMap(([id, value]) => readRelationship(id, value) ?? []);
  const kept = new Set(withSoundRelationships(readable, isContext).map((r) => r.id));
  for (const r of readable) if (!kept.has(r.id)) relationships.delete(r.id);
}

/** Stickies in a lane that is gone get no lane (`isDanglingLane`); they keep their place. */
export function repairLanesIn(doc: Y.Doc): void {
  const maps = boardMaps(doc);
  const isLane = (id: string) => readSwimlane(id, maps.swimlanes.get(id)) !== null;
  for (const sticky of maps.stickies.values()) {
    if (!(sticky instanceof Y.Map)) continue;
    const laneId = sticky.get(STICKY_KEYS.laneId);
    if (typeof laneId === 'string' && isDanglingLane(laneId, isLane)) sticky.set(STICKY_KEYS.laneId, null);
  }
}
