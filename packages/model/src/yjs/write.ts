import * as Y from 'yjs';
import type { BoundedContext } from '../schema/BoundedContext';
import type { Sticky } from '../schema/Sticky';
import { CONTEXT_KEYS, STICKY_FLAG_KEYS, STICKY_KEYS } from './layout';

// Low-level writers shared by boardToDoc and the mutation helpers. Callers run them
// inside a transaction and have validated the records; values are copied so later
// changes to the caller's objects never leak into the document.

/** Stores `record` minus its id (the map key is the id) as a plain value. */
export function putPlain<T extends { id: string }>(map: Y.Map<unknown>, record: T): void {
  const { id, ...rest } = record;
  map.set(id, structuredClone(rest));
}

/** Writes a new Y.Map for `sticky` under its id in `stickies`. */
export function putSticky(stickies: Y.Map<unknown>, sticky: Sticky): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set(STICKY_KEYS.kind, sticky.kind);
  m.set(STICKY_KEYS.text, sticky.text);
  m.set(STICKY_KEYS.description, sticky.description);
  m.set(STICKY_KEYS.pos, { x: sticky.position.x, y: sticky.position.y });
  m.set(STICKY_KEYS.size, { width: sticky.size.width, height: sticky.size.height });
  m.set(STICKY_KEYS.laneId, sticky.laneId);
  for (const key of STICKY_FLAG_KEYS) {
    const value = sticky[key];
    if (value !== undefined) m.set(key, structuredClone(value));
  }
  stickies.set(sticky.id, m);
  return m;
}

/** Writes a new Y.Map for `context` (with nested `members` and `canvas` maps) under its id. */
export function putContext(contexts: Y.Map<unknown>, context: BoundedContext): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set(CONTEXT_KEYS.name, context.name);
  m.set(CONTEXT_KEYS.colour, context.colour);
  m.set(CONTEXT_KEYS.pos, { x: context.position.x, y: context.position.y });
  m.set(CONTEXT_KEYS.size, { width: context.size.width, height: context.size.height });
  const members = new Y.Map<unknown>();
  for (const id of context.memberIds) members.set(id, true);
  m.set(CONTEXT_KEYS.members, members);
  const canvas = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(context.canvas)) canvas.set(key, structuredClone(value));
  m.set(CONTEXT_KEYS.canvas, canvas);
  contexts.set(context.id, m);
  return m;
}

/** Runs `fn` in one transaction of `doc` with `origin` (null when omitted, as Yjs does). */
export function transact<T>(doc: Y.Doc, origin: unknown, fn: () => T): T {
  return doc.transact(fn, origin ?? null);
}
