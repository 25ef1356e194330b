import { boardMaps } from '@stormscape/model/yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndo } from './undo';

const TIMEOUT = 20;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes one value the way a drag frame does (this user's origin), then lets time pass. */
async function writeFrames(doc: Y.Doc, origin: object, values: number[]) {
  const map = Object.values(boardMaps(doc))[0] as Y.Map<unknown>;
  for (const v of values) {
    doc.transact(() => map.set('probe', v), origin);
    // Longer than the capture timeout: what a slow frame on a busy machine does.
    await pause(TIMEOUT * 3);
  }
  return map;
}

describe('createUndo', () => {
  it('keeps a step open across writes further apart than the capture timeout (a slow drag is one undo)', async () => {
    const doc = new Y.Doc();
    const origin = {};
    const undo = createUndo(doc, origin, TIMEOUT);
    const map = await writeFrames(doc, origin, [1]);
    undo.beginStep();
    await writeFrames(doc, origin, [2, 3, 4]);
    undo.endStep();
    expect(map.get('probe')).toBe(4);
    undo.manager.undo();
    expect(map.get('probe')).toBe(1);
  });

  it('outside a step, writes further apart than the timeout are separate steps', async () => {
    const doc = new Y.Doc();
    const origin = {};
    const undo = createUndo(doc, origin, TIMEOUT);
    const map = await writeFrames(doc, origin, [1, 2]);
    undo.manager.undo();
    expect(map.get('probe')).toBe(1);
  });

  it('closes the step at its end: the next write is a step of its own', async () => {
    const doc = new Y.Doc();
    const origin = {};
    const undo = createUndo(doc, origin, TIMEOUT);
    undo.beginStep();
    const map = await writeFrames(doc, origin, [1, 2]);
    undo.endStep();
    doc.transact(() => map.set('probe', 3), origin);
    undo.manager.undo();
    expect(map.get('probe')).toBe(2);
  });
});
