import type { Socket } from 'node:net';
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeAwareness, MESSAGE_AWARENESS, MESSAGE_SYNC, SYNC_UPDATE } from '../src/protocol/messages';
import type { RunningServer } from './helpers';
import { connect, createBoard, rawSocket, startServer, synced, waitFor } from './helpers';

// Fan-out writes each message framed once to every peer's socket (src/rooms/frames.ts).

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(): Promise<RunningServer> {
  const s = await startServer();
  cleanups.push(() => s.stop());
  return s;
}

/** A raw socket that records the byte length of every document update it receives, and applies them. */
async function recorder(url: string): Promise<{ ws: WebSocket; sizes: number[]; errors: Error[]; doc: Y.Doc }> {
  const ws = await rawSocket(url);
  cleanups.push(() => ws.terminate());
  const sizes: number[] = [];
  const errors: Error[] = [];
  const doc = new Y.Doc();
  ws.on('message', (data: Buffer) => {
    if (data[0] !== MESSAGE_SYNC || data[1] !== SYNC_UPDATE) return;
    sizes.push(data.byteLength);
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
  });
  ws.on('error', (err) => errors.push(err));
  return { ws, sizes, errors, doc };
}

/** A raw socket speaking for one presence id, recording the latest state it got for every id. */
async function presencePeer(url: string, clientId: number): Promise<{ ws: WebSocket; latest: Map<number, { clock: number; state: string }>; set: (clock: number, state: string) => void }> {
  const ws = await rawSocket(url);
  cleanups.push(() => ws.terminate());
  const latest = new Map<number, { clock: number; state: string }>();
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return;
    const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(inner);
    for (let i = 0; i < count; i++) {
      const id = decoding.readVarUint(inner);
      const clock = decoding.readVarUint(inner);
      const state = decoding.readVarString(inner);
      if (clock > (latest.get(id)?.clock ?? -1)) latest.set(id, { clock, state });
    }
  });
  return { ws, latest, set: (clock, state) => ws.send(encodeAwareness([{ clientId, clock, state }])) };
}

describe('fan-out', () => {
  it('presence flushed in slices over several turns still gives every peer the last state of every peer', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const url = `${s.ws}/${board.id}?token=${board.viewToken}`;
    // More peers than one turn's slice of a presence flush (64 sends).
    const peers: Awaited<ReturnType<typeof presencePeer>>[] = [];
    for (let i = 0; i < 150; i++) peers.push(await presencePeer(url, 1000 + i));
    for (let clock = 1; clock <= 6; clock++) {
      for (const [i, p] of peers.entries()) p.set(clock, JSON.stringify({ cursor: { x: clock, y: i } }));
      await new Promise((r) => setTimeout(r, 15));
    }
    const complete = (p: (typeof peers)[number]) => peers.every((_, i) => p.latest.get(1000 + i)?.clock === 6);
    await waitFor(() => peers.every(complete), 'every peer has the last state of every peer', 20_000);
    for (const p of peers) for (let i = 0; i < peers.length; i++) expect(JSON.parse(p.latest.get(1000 + i)!.state)).toEqual({ cursor: { x: 6, y: i } });
  });

  it('relays messages of every frame length encoding intact (7-, 16- and 64-bit lengths, pre-framed and not)', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const writer = connect(s.ws, board.id, board.editToken);
    const reader = connect(s.ws, board.id, board.editToken);
    cleanups.push(() => writer.provider.destroy(), () => reader.provider.destroy());
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    const raw = await recorder(`${s.ws}/${board.id}?token=${board.editToken}`);
    const map = writer.doc.getMap<string>('sizes');
    // One update per length, each delivered before the next (no merging): the message sizes
    // sweep across 125/126, 65535/65536 and past the pre-framing limit.
    const lengths = [0, ...Array.from({ length: 70 }, (_, i) => 80 + i), ...Array.from({ length: 40 }, (_, i) => 65_480 + i), 300_000];
    for (const [i, length] of lengths.entries()) {
      const value = `${i % 10}`.repeat(length);
      map.set('v', value);
      await waitFor(() => raw.doc.getMap<string>('sizes').get('v') === value, `update ${i} (length ${length}; ${raw.sizes.length} received)`, 30_000);
    }
    for (const size of [125, 126, 65_535, 65_536]) expect(raw.sizes).toContain(size);
    expect(Math.max(...raw.sizes)).toBeGreaterThan(300_000);
    expect(raw.errors).toEqual([]);
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
    await waitFor(() => reader.doc.getMap<string>('sizes').get('v') === map.get('v'), 'reader converges');
    // A client joining now gets it all (its sync step 2, then the updates not compacted yet).
    const late = connect(s.ws, board.id, board.editToken);
    cleanups.push(() => late.provider.destroy());
    await waitFor(() => late.doc.getMap<string>('sizes').get('v') === map.get('v'), 'a late joiner gets the last value');
  });

  it('a peer whose connection breaks during a broadcast does not stop the others receiving', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const writer = connect(s.ws, board.id, board.editToken);
    const reader = connect(s.ws, board.id, board.viewToken);
    cleanups.push(() => writer.provider.destroy(), () => reader.provider.destroy());
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    const url = `${s.ws}/${board.id}?token=${board.viewToken}`;
    const raws = await Promise.all(Array.from({ length: 40 }, () => recorder(url)));
    const map = writer.doc.getMap<number>('n');
    for (let i = 1; i <= 200; i++) {
      map.set('i', i);
      // Every fifth update, one raw peer's TCP connection is reset (RST, no close frame) while
      // updates are still on their way to it.
      if (i % 5 === 0 && i / 5 <= 20) (raws[i / 5 - 1]!.ws as unknown as { _socket: Socket })._socket.resetAndDestroy();
      if (i % 10 === 0) await new Promise((r) => setImmediate(r));
    }
    await waitFor(() => reader.doc.getMap<number>('n').get('i') === 200, 'the reader gets the last update');
    const survivors = raws.slice(20);
    await waitFor(() => s.app.rooms.get(board.id)!.peers.size === 2 + survivors.length, 'broken peers leave the room');
    // The room still works for everyone, newcomers included.
    const late = connect(s.ws, board.id, board.editToken);
    cleanups.push(() => late.provider.destroy());
    await synced(late.provider);
    const before = survivors.map((r) => r.sizes.length);
    map.set('i', 201);
    await waitFor(() => reader.doc.getMap<number>('n').get('i') === 201 && late.doc.getMap<number>('n').get('i') === 201, 'the stock clients get the next update');
    await waitFor(() => survivors.every((r, k) => r.sizes.length > before[k]!), 'the raw peers get the next update');
    for (const r of survivors) {
      expect(r.errors).toEqual([]);
      expect(r.ws.readyState).toBe(r.ws.OPEN);
    }
  });
});
