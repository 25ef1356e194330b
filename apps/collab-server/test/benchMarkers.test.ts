import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scanMarkers } from '../bench/common';
import { encodeUpdate } from '../src/protocol/messages';

/** Every marker `scanMarkers` finds in `buf`, as [kind, sender, sentAt]. */
function found(buf: Buffer): [string, number, number][] {
  const out: [string, number, number][] = [];
  scanMarkers(buf, (kind, sender, sentAt) => out.push([String.fromCharCode(kind), sender, sentAt]));
  return out;
}

// The bench times delivery by these markers; a parse error would silently skew every latency.
describe('bench marker scan', () => {
  it('finds the markers a writer put into a Yjs update, with sender and time', () => {
    const doc = new Y.Doc();
    let message = Buffer.alloc(0);
    doc.on('update', (u: Uint8Array) => (message = Buffer.from(encodeUpdate(u))));
    doc.transact(() => {
      doc.getMap('bench').set('p', '@@w12:1796398039443.534@@');
      doc.getMap('bench').set('q', '@@d7:1796398039450@@ and @@a305:1796398039451.5@@');
    });
    const markers = found(message);
    expect(markers.map(([kind, sender]) => [kind, sender])).toEqual([['w', 12], ['d', 7], ['a', 305]]);
    expect(markers[0]![2]).toBeCloseTo(1796398039443.534, 3);
    expect(markers[1]![2]).toBe(1796398039450);
    expect(markers[2]![2]).toBeCloseTo(1796398039451.5, 3);
  });

  it('ignores near misses and truncated markers', () => {
    const text = '@@w:1@@ @@wx:1@@ @@w1:@@ @@w1:2 @ @@w1:3.5@@@@w2:4@@ @@w3:5';
    expect(found(Buffer.from(text, 'latin1'))).toEqual([['w', 1, 3.5], ['w', 2, 4]]);
  });
});
