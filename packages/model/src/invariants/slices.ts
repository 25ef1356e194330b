import type { StickyKind } from '../schema/notation';

// Invariant: a thin slice lists existing event stickies, each once. Deleting an event
// (or turning it into another kind) while someone adds it to a slice leaves a slice
// naming something that is no longer an event: the file check reports each such entry,
// and docToBoard, the live document's delete helpers and the web views drop exactly those.

/** Why an entry of a slice's event list breaks the invariant. */
export type SliceEventBreach = 'missing' | 'notEvent' | 'repeated';

/**
 * What is wrong with each entry of a slice's `eventIds` (sound entries are left out).
 * `kindOf` gives a sticky's kind: `undefined` when there is no such sticky, `null` when
 * the sticky exists but its kind is unreadable (not judged here: the shape check reports it).
 */
export function sliceEventBreaches(
  eventIds: readonly string[],
  kindOf: (id: string) => StickyKind | null | undefined,
): { readonly index: number; readonly eventId: string; readonly breach: SliceEventBreach }[] {
  const seen = new Set<string>();
  const out: { index: number; eventId: string; breach: SliceEventBreach }[] = [];
  eventIds.forEach((eventId, index) => {
    const kind = kindOf(eventId);
    const breach: SliceEventBreach | null =
      kind === undefined ? 'missing' : kind !== null && kind !== 'event' ? 'notEvent' : seen.has(eventId) ? 'repeated' : null;
    if (breach) out.push({ index, eventId, breach });
    else seen.add(eventId);
  });
  return out;
}

/**
 * The repair: `slice` without the entries {@link sliceEventBreaches} reports, in their
 * order. Returns `slice` itself when it is sound.
 */
export function withSliceEvents<T extends { readonly eventIds: readonly string[] }>(slice: T, kindOf: (id: string) => StickyKind | undefined): T {
  const breaches = sliceEventBreaches(slice.eventIds, kindOf);
  if (breaches.length === 0) return slice;
  const dropped = new Set(breaches.map((b) => b.index));
  return { ...slice, eventIds: slice.eventIds.filter((_, i) => !dropped.has(i)) };
}
