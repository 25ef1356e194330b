import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addContext, setMembership, updateContext } from './contexts';
import { boardMaps } from './layout';
import { observeChangedIds } from './observe';
import { addSticky, deleteStickies, moveStickies, updateSticky } from './stickies';

describe('observeChangedIds', () => {
  it('reports the ids of added, changed, nested-changed and deleted records, once per transaction', () => {
    const doc = new Y.Doc();
    const seen: { ids: string[]; origin: unknown }[] = [];
    const maps = boardMaps(doc);
    const stop = observeChangedIds(maps.stickies, (ids, tr) => seen.push({ ids: [...ids].sort(), origin: tr.origin }));
    const contexts: string[][] = [];
    observeChangedIds(maps.contexts, (ids) => contexts.push([...ids]));
    const a = addSticky(doc, { id: 'a', kind: 'event', position: { x: 0, y: 0 } }, 'me');
    const b = addSticky(doc, { id: 'b', kind: 'event', position: { x: 0, y: 0 } });
    moveStickies(doc, [{ id: a, position: { x: 1, y: 1 } }, { id: b, position: { x: 2, y: 2 } }], 'drag');
    updateSticky(doc, b, { text: 'x' });
    deleteStickies(doc, [a]);
    const c = addContext(doc, { id: 'c', name: 'C', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } });
    setMembership(doc, c, [b], true);
    updateContext(doc, c, { canvas: { purpose: 'p' } });
    stop();
    updateSticky(doc, b, { text: 'y' });
    expect(seen).toEqual([
      { ids: ['a'], origin: 'me' },
      { ids: ['b'], origin: null },
      { ids: ['a', 'b'], origin: 'drag' },
      { ids: ['b'], origin: null },
      { ids: ['a'], origin: null },
    ]);
    expect(contexts).toEqual([['c'], ['c'], ['c']]);
  });
});
