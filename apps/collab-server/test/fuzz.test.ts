import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '../src/protocol/messages';
import type { RunningServer } from './helpers';
import { connect, createBoard, rawSocket, startServer, synced, waitFor } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  return { int, bytes };
}

function validMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getMap('stickies').set('x', new Y.Map([['text', 'fuzz'], ['pos', { x: 1, y: 2 }]]));
  doc.getMap('board').set('name', 'fuzzed name');
  doc.getMap('stickies').delete('x');
  return [
    ...updates.map(encodeUpdate),
    encodeSyncStep1(Y.encodeStateVector(doc)),
    encodeAwareness([{ clientId: 7, clock: 1, state: '{"cursor":{"x":1}}' }]),
  ];
}

/** Messages that are malformed by construction (truncated, bad lengths, unknown types, garbage updates). */
function malformed(seed: number, count: number): Uint8Array[] {
  const r = prng(seed);
  const valid = validMessages();
  const out: Uint8Array[] = [];
  while (out.length < count) {
    const base = valid[r.int(valid.length)]!;
    switch (r.int(7)) {
      case 0: // truncated anywhere
        out.push(base.slice(0, r.int(base.length)));
        break;
      case 1: // random bytes
        out.push(r.bytes(r.int(64)));
        break;
      case 2: // well-framed update whose payload is garbage
        out.push(encodeUpdate(r.bytes(1 + r.int(48))));
        break;
      case 3: {
        // well-framed update whose payload is a truncated real update
        const update = Y.encodeStateAsUpdate(new Y.Doc({ gc: false }));
        const real = validMessages()[0]!.slice(3);
        const inner = r.int(2) === 0 ? update : real;
        out.push(encodeUpdate(inner.slice(0, Math.max(0, inner.length - 1 - r.int(inner.length)))));
        break;
      }
      case 4: // unknown message type or sync step
        out.push(r.int(2) === 0 ? Uint8Array.of(4 + r.int(250), ...r.bytes(r.int(8))) : Uint8Array.of(0, 3 + r.int(250), 1, 0));
        break;
      case 5: // outer length larger than the message
        out.push(Uint8Array.of(...base.slice(0, 2), 0xff, 0x7f, ...base.slice(2, 10)));
        break;
      default: // trailing garbage after a valid message
        out.push(Uint8Array.of(...base, ...r.bytes(1 + r.int(8))));
    }
  }
  return out;
}

async function sendOne(url: string, message: Uint8Array, asText: boolean): Promise<number> {
  const ws: WebSocket = await rawSocket(url);
  return new Promise((resolve) => {
    // Not closed by then counts as 0 (a failure): a hang guard, generous for a loaded machine.
    const timer = setTimeout(() => {
      ws.terminate();
      resolve(0);
    }, 20_000);
    ws.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.send(asText ? Buffer.from(message).toString('latin1') : message);
  });
}

async function snapshot(s: RunningServer, boardId: string, token: string) {
  const c = connect(s.ws, boardId, token);
  await synced(c.provider);
  const state = { sv: Y.encodeStateVector(c.doc), export: await (await fetch(`${s.http}/api/boards/${boardId}/export?token=${token}`)).text() };
  c.provider.destroy();
  return state;
}

describe('fuzzing', () => {
  it('thousands of malformed messages close only their connection and change nothing', async () => {
    const s = await startServer();
    cleanups.push(() => s.stop());
    const board = await createBoard(s.http, { name: 'Fuzz target', example: 'food-delivery' });
    const editor = connect(s.ws, board.id, board.editToken);
    await synced(editor.provider);
    editor.doc.getMap('board').set('name', 'Before fuzzing');
    await waitFor(() => s.app.persistence.isSettled(board.id) && s.app.metrics.updatesIn > 0, 'edit stored');
    const before = await snapshot(s, board.id, board.editToken);

    const messages = malformed(20261122, 2_500);
    const url = `${s.ws}/${board.id}?token=${board.editToken}`;
    const codes: number[] = [];
    const concurrency = 16;
    for (let i = 0; i < messages.length; i += concurrency) {
      const batch = messages.slice(i, i + concurrency);
      codes.push(...(await Promise.all(batch.map((m, j) => sendOne(url, m, (i + j) % 97 === 0)))));
    }
    // Every one of them is refused with the documented code (1009 none: all are small).
    expect(codes.filter((c) => c !== 4400)).toEqual([]);
    expect(s.app.metrics.rejected.get('malformed')).toBeGreaterThanOrEqual(messages.length);

    // The server still serves, the editor's connection was never touched, the board is unchanged.
    expect((await fetch(`${s.http}/healthz`)).status).toBe(200);
    expect(editor.provider.wsconnected).toBe(true);
    const after = await snapshot(s, board.id, board.editToken);
    expect(after.sv).toEqual(before.sv);
    expect(after.export).toBe(before.export);
    editor.doc.getMap('board').set('name', 'After fuzzing');
    const check = connect(s.ws, board.id, board.viewToken);
    cleanups.push(() => check.provider.destroy());
    await synced(check.provider);
    await waitFor(() => check.doc.getMap('board').get('name') === 'After fuzzing', 'edits still flow');
    editor.provider.destroy();
    // 2,500 WebSocket handshakes: a hang guard for a loaded machine (60 s ran out at load 30).
  }, 300_000);
});
