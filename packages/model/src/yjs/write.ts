import * as Y from 'yjs';
import type { BoundedContext } from '../schema/BoundedContext';
import type { Sticky } from '../schema/Sticky';
import { CONTEXT_KEYS, STICKY_FLAG_KEYS, STICKY_KEYS } from './layout';

// Low-level writers shared by boardToDoc and the mutation helpers. Callers run them
// inside a transaction and have validated the records; values are copied so later
// changes to the caller's objects never leak into the document.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with lone UTF-16 surrogates replaced by U+FFFD. Yjs encodes strings as UTF-8,
 * which turns a lone surrogate into U+FFFD on the wire; writing the replaced form locally
 * too keeps the writer's replica identical to everyone else's.
 */
export function wellFormed(text: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
}

/** A deep copy of a JSON-like value with every string (and key) made well-formed. */
export function clean<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, wellFormed(k), { value: clean(v), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}

/** Stores `record` minus its id (the map key is the id) as a plain value. */
export function putPlain<T extends { id: string }>(map: Y.Map<unknown>, record: T): void {
  const { id, ...rest } = record;
  map.set(id, clean(rest));
}

/** Writes a new Y.Map for `sticky` under its id in `stickies`. */
export function putSticky(stickies: Y.Map<unknown>, sticky: Sticky): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set(STICKY_KEYS.kind, sticky.kind);
  m.set(STICKY_KEYS.text, wellFormed(sticky.text));
  m.set(STICKY_KEYS.description, wellFormed(sticky.description));
  m.set(STICKY_KEYS.pos, { x: sticky.position.x, y: sticky.position.y });
  m.set(STICKY_KEYS.size, { width: sticky.size.width, height: sticky.size.height });
  m.set(STICKY_KEYS.laneId, sticky.laneId);
  for (const key of STICKY_FLAG_KEYS) {
    const value = sticky[key];
    if (value !== undefined) m.set(key, clean(value));
  }
  stickies.set(sticky.id, m);
  return m;
}

/** Writes a new Y.Map for `context` (with nested `members` and `canvas` maps) under its id. */
export function putContext(contexts: Y.Map<unknown>, context: BoundedContext): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set(CONTEXT_KEYS.name, wellFormed(context.name));
  if (context.codeName !== undefined) m.set(CONTEXT_KEYS.codeName, context.codeName);
  m.set(CONTEXT_KEYS.colour, context.colour);
  m.set(CONTEXT_KEYS.pos, { x: context.position.x, y: context.position.y });
  m.set(CONTEXT_KEYS.size, { width: context.size.width, height: context.size.height });
  if (context.mapPosition) m.set(CONTEXT_KEYS.mapPos, { x: context.mapPosition.x, y: context.mapPosition.y });
  if (context.target !== undefined) m.set(CONTEXT_KEYS.target, context.target);
  const members = new Y.Map<unknown>();
  for (const id of context.memberIds) members.set(id, true);
  m.set(CONTEXT_KEYS.members, members);
  const canvas = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(context.canvas)) canvas.set(key, clean(value));
  m.set(CONTEXT_KEYS.canvas, canvas);
  contexts.set(context.id, m);
  return m;
}

/** Runs `fn` in one transaction of `doc` with `origin` (null when omitted, as Yjs does). */
export function transact<T>(doc: Y.Doc, origin: unknown, fn: () => T): T {
  return doc.transact(fn, origin ?? null);
}
