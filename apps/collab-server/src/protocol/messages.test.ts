import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { awarenessEntries, decodeClientMessage, encodeAwareness, encodeStateVector, encodeSyncStep1, encodeUpdate, ProtocolError } from './messages';
import { extendStateVector, inspectUpdate } from './updates';

/** Messages exactly as y-protocols (and so the stock client) writes them. */
function stock(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeClientMessage', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('a', 1);

  it('reads what the stock client sends', () => {
    const step1 = stock((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    });
    expect(decodeClientMessage(step1)).toEqual({ type: 'sync-step1', stateVector: new Map([[doc.clientID, 1]]) });
    const step2 = stock((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep2(e, doc);
    });
    expect(decodeClientMessage(step2)).toMatchObject({ type: 'sync-step2' });
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ cursor: { x: 1 } });
    const aw = stock((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]));
    });
    const decoded = decodeClientMessage(aw);
    expect(decoded.type).toBe('awareness');
    if (decoded.type === 'awareness') {
      const entries = awarenessEntries(decoded.update).map((e) => ({ ...e, state: new TextDecoder().decode(e.state) }));
      expect(entries).toEqual([{ clientId: doc.clientID, clock: 1, state: '{"cursor":{"x":1}}' }]);
    }
    expect(decodeClientMessage(Uint8Array.of(3))).toEqual({ type: 'query-awareness' });
    awareness.destroy();
  });

  it('writes what the stock client reads', () => {
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    const message = encodeAwareness([{ clientId: 42, clock: 3, state: '{"name":"Ann"}' }]);
    awarenessProtocol.applyAwarenessUpdate(other, message.slice(2), null);
    expect(other.getStates().get(42)).toEqual({ name: 'Ann' });
    expect(decodeClientMessage(encodeSyncStep1(encodeStateVector(new Map([[5, 9]]))))).toEqual({ type: 'sync-step1', stateVector: new Map([[5, 9]]) });
    other.destroy();
  });

  it('refuses truncation, trailing bytes, unknown types and auth messages', () => {
    const update = encodeUpdate(Y.encodeStateAsUpdate(doc));
    for (let cut = 0; cut < update.length; cut++) expect(() => decodeClientMessage(update.slice(0, cut))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(Uint8Array.of(...update, 0))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(Uint8Array.of(2, 0, 0))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(Uint8Array.of(9))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(Uint8Array.of(0, 7, 0))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(Uint8Array.of(0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f))).toThrow(ProtocolError);
  });
});

describe('awareness decoding', () => {
  const entries = [
    { clientId: 7, clock: 1, state: '{"cursor":{"x":1}}' },
    { clientId: 2 ** 32 - 1, clock: 2 ** 50, state: 'null' },
    { clientId: 2 ** 31, clock: 300, state: '{"name":"Zoë 名前"}' },
  ];

  it('reads every entry, large ids and clocks included, as the stock encoder writes them', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ cursor: { x: 1 } });
    const payload = stock((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
    });
    const decoded = decodeClientMessage(payload);
    if (decoded.type !== 'awareness') throw new Error('not awareness');
    expect(awarenessEntries(decoded.update).map((e) => ({ ...e, state: new TextDecoder().decode(e.state) }))).toEqual([{ clientId: awareness.clientID, clock: 1, state: '{"cursor":{"x":1}}' }]);
    const ours = decodeClientMessage(encodeAwareness(entries));
    if (ours.type !== 'awareness') throw new Error('not awareness');
    expect(awarenessEntries(ours.update).map((e) => ({ ...e, state: new TextDecoder().decode(e.state) }))).toEqual(entries);
    awareness.destroy();
  });

  it('refuses truncation, trailing bytes, oversized integers and impossible counts', () => {
    const frame = (payload: Uint8Array) => stock((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, payload);
    });
    const payload = encodeAwareness(entries).slice(2);
    expect(decodeClientMessage(frame(payload)).type).toBe('awareness');
    // Only the awareness payload is short: the outer length matches what is there.
    for (let cut = 0; cut < payload.length; cut++) expect(() => decodeClientMessage(frame(payload.slice(0, cut)))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(frame(Uint8Array.of(...payload, 0)))).toThrow(ProtocolError);
    // An id of 2^63: not a safe integer.
    expect(() => decodeClientMessage(frame(Uint8Array.of(1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 1, 1, 0x30)))).toThrow(ProtocolError);
    // 100 entries announced in 4 bytes.
    expect(() => decodeClientMessage(frame(Uint8Array.of(100, 1, 1, 0)))).toThrow(ProtocolError);
  });
});

describe('inspectUpdate', () => {
  it('refuses undecodable updates and reports gap-free clock ranges', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    doc.getMap('m').delete('a');
    expect(inspectUpdate(updates[1]!)).toEqual({ empty: false, ranges: [{ client: doc.clientID, from: 1, to: 2 }] });
    expect(inspectUpdate(updates[2]!)).toEqual({ empty: false, ranges: [] });
    expect(inspectUpdate(Y.encodeStateAsUpdate(new Y.Doc())).empty).toBe(true);
    const full = Y.encodeStateAsUpdate(doc);
    expect(() => inspectUpdate(full.slice(0, -1))).toThrow(ProtocolError);
    expect(() => inspectUpdate(Uint8Array.of(1, 1, 200, 1, 0, 99))).toThrow(ProtocolError);

    const sv = new Map<number, number>();
    extendStateVector(sv, inspectUpdate(updates[1]!).ranges);
    expect(sv.size).toBe(0); // starts at clock 1: a gap, so not claimed
    extendStateVector(sv, inspectUpdate(updates[0]!).ranges);
    extendStateVector(sv, inspectUpdate(updates[1]!).ranges);
    expect(sv.get(doc.clientID)).toBe(2);
  });
});
