import type * as Y from 'yjs';

/**
 * Calls `onChange` with the ids of the records of `map` (one of `boardMaps(doc)`) that a
 * transaction added, changed or deleted, including changes nested inside a record (a
 * sticky's `pos`, a context's members or canvas). Lets a UI re-read only those records
 * instead of converting the whole board. Returns the unsubscribe function.
 */
export function observeChangedIds(
  map: Y.Map<unknown>,
  onChange: (ids: Set<string>, transaction: Y.Transaction) => void,
): () => void {
  const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    const ids = new Set<string>();
    for (const event of events) {
      if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) ids.add(key);
      else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
    }
    if (ids.size > 0) onChange(ids, transaction);
  };
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}
