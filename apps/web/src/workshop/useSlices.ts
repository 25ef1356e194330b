import type { ThinSlice } from '@stormscape/model';
import { compareIds, readSlice, YKEYS } from '@stormscape/model/yjs';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * The board's thin slices, read straight from their Y.Map (a handful of records), so the
 * canvas decorations never re-read the whole board while people drag stickies.
 */
export function useSlices(doc: Y.Doc): readonly ThinSlice[] {
  const store = useMemo(() => {
    const map = doc.getMap(YKEYS.slices);
    let value: ThinSlice[] | null = null;
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          value = null;
          listener();
        };
        map.observe(onChange);
        return () => map.unobserve(onChange);
      },
      get() {
        value ??= [...map.entries()]
          .map(([id, v]) => readSlice(id, v))
          .filter((s): s is ThinSlice => s !== null)
          .sort((a, b) => compareIds(a.id, b.id));
        return value;
      },
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
