import * as decoding from 'lib0/decoding';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocWorker } from '../src/docs/DocWorker';
import { encodeStateVector, encodeSyncStep1, MESSAGE_SYNC, SYNC_STEP2 } from '../src/protocol/messages';
import { connect, createBoard, rawSocket, startServer, synced, waitFor } from './helpers';

// Issue 10, item 5: a flood of sync step 1 must not starve the document worker.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A board of `n` stickies as one Yjs update. */
function bigBoard(n: number): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const stickies = doc.getMap('stickies');
    for (let i = 0; i < n; i++) stickies.set(`sticky-${i}`, new Y.Map<unknown>([['text', `Sticky number ${i} with some text`], ['pos', { x: i % 50, y: Math.floor(i / 50) }]]));
  });
  return Y.encodeStateAsUpdate(doc);
}

const stateVectorOf = (client: number) => encodeStateVector(new Map([[client, 1]]));

describe('sync step 1 flood', () => {
  it('the document worker loads rooms before waiting diffs', async () => {
    const docs = new DocWorker(pino({ level: 'silent' }));
    cleanups.push(() => docs.close());
    const board = bigBoard(2_000);
    const order: string[] = [];
    const diffs = Array.from({ length: 20 }, (_, i) => docs.diff([board], stateVectorOf(1_000 + i)).then(() => order.push(`diff ${i}`)));
    const load = docs.compact([board]).then(() => order.push('load'));
    await Promise.all([...diffs, load]);
    // At most the diff already running goes first.
    expect(order.indexOf('load')).toBeLessThanOrEqual(1);
  });

  it('1,000 step-1 messages on a large board cost a bounded number of diffs; other boards still load', async () => {
    const s = await startServer({ evictAfterMs: 100 });
    cleanups.push(() => s.stop());
    const big = await createBoard(s.http, { name: 'Big' });
    const other = await createBoard(s.http, { name: 'Other' });
    const editor = connect(s.ws, big.id, big.editToken);
    await synced(editor.provider);
    Y.applyUpdate(editor.doc, bigBoard(2_000));
    await waitFor(async () => (await s.app.persistence.load(big.id)).updates.length > 0 && s.app.persistence.isSettled(big.id), 'large board stored');
    const copy = Y.encodeStateAsUpdate(editor.doc);
    editor.doc.getMap('stickies').set('late', new Y.Map([['text', 'after the copy']]));
    await waitFor(async () => s.app.persistence.isSettled(big.id) && (await s.app.persistence.load(big.id)).updates.length > 1, 'late sticky stored');
    editor.provider.destroy();
    // Unloaded, so the next load compacts it into one large base (the worker diffs those).
    await waitFor(() => s.app.rooms.size === 0, 'large board unloaded');

    const docs = s.app.rooms.docWorker;
    const attacker = await rawSocket(`${s.ws}/${big.id}?token=${big.viewToken}`);
    cleanups.push(() => attacker.terminate());
    let step2s = 0;
    attacker.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_STEP2) step2s++;
    });
    await waitFor(() => s.app.rooms.get(big.id), 'large board loaded');
    const diffsBefore = docs.done.diff;
    for (let i = 0; i < 990; i++) attacker.send(encodeSyncStep1(stateVectorOf(5_000 + i)));

    const joiner = connect(s.ws, other.id, other.editToken);
    cleanups.push(() => joiner.provider.destroy());
    await synced(joiner.provider);
    const diffsWhenOtherJoined = docs.done.diff - diffsBefore;
    // An honest client with most of the board (non-empty state vector) still catches up.
    const returning = connect(s.ws, big.id, big.viewToken, (() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, copy);
      return doc;
    })());
    cleanups.push(() => returning.provider.destroy());
    await synced(returning.provider);
    await waitFor(() => returning.doc.getMap('stickies').has('late'), 'returning client gets what it missed');
    await waitFor(() => step2s >= 1, 'the flood gets an answer');
    expect(attacker.readyState).toBe(attacker.OPEN);
    expect(diffsWhenOtherJoined).toBeLessThanOrEqual(4);
    expect(docs.done.diff - diffsBefore).toBeLessThanOrEqual(6);
    expect(returning.doc.getMap('stickies').size).toBe(2_001);
  });
});
