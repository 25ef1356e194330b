import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateLargeBoard } from '../testing/generateLargeBoard';
import { boardToDoc } from './boardToDoc';
import { docToBoard } from './docToBoard';
import { moveStickies } from './stickies';

// Layout check from reference/collab.md: position is ONE key, so a long drag leaves
// only tombstones behind, which Yjs encodes as ranges.
describe('dragging', () => {
  it('600 frames of a one-sticky drag grow the encoded document by less than 1 KB', () => {
    const doc = boardToDoc(generateLargeBoard({ stickies: 200, links: 80, contexts: 4, seed: 7 }));
    const id = docToBoard(doc).stickies[0]?.id as string;
    const before = Y.encodeStateAsUpdate(doc).byteLength;
    const frames: number[] = [];
    doc.on('update', (u: Uint8Array) => frames.push(u.byteLength));
    for (let f = 0; f < 600; f++) moveStickies(doc, [{ id, position: { x: f * 1.5, y: 100 - f } }], 'drag');
    const growth = Y.encodeStateAsUpdate(doc).byteLength - before;
    expect(growth).toBeLessThan(1024);
    expect(Math.max(...frames)).toBeLessThan(100);
    expect(docToBoard(doc).stickies.find((s) => s.id === id)?.position).toEqual({ x: 599 * 1.5, y: -499 });
  });

  it('a selection drag costs about 9 bytes per sticky per frame (why the UI throttles it)', () => {
    // Interleaved writes of several keys in one transaction cannot merge in Yjs, so each
    // sticky-frame leaves one tombstone (~9 B). See README.md, "Dragging a selection".
    const doc = boardToDoc(generateLargeBoard({ stickies: 200, links: 80, contexts: 4, seed: 7 }));
    const ids = docToBoard(doc).stickies.slice(0, 10).map((s) => s.id);
    const before = Y.encodeStateAsUpdate(doc).byteLength;
    for (let f = 0; f < 600; f++) moveStickies(doc, ids.map((id, i) => ({ id, position: { x: f + i * 200, y: f } })));
    expect(Y.encodeStateAsUpdate(doc).byteLength - before).toBeLessThan(12 * 10 * 600);
  });
});
