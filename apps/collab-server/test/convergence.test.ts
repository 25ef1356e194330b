import * as prng from 'lib0/prng';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeStateVector } from '../src/protocol/messages';
import { connect, createBoard, spawnServer, synced, tempDir, waitFor } from './helpers';

// Randomized convergence through the real server (issue 10), in the spirit of yjs's own
// randomized tests: real y-websocket clients, random edits, random disconnects and reconnects,
// and one SIGKILL + restart of the server mid-run. Every run prints its seed; replay one with
// CONVERGENCE_SEED=<seed> npx vitest run test/convergence.test.ts (the seed fixes the edits,
// the disconnects and the restart point; network timing still interleaves differently).

const CLIENTS = 10;
const STEPS = 400;
const KEYS = 12;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** JSON with object keys sorted, so equal documents compare equal whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function content(doc: Y.Doc): string {
  const sv = [...decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b);
  return canonical({ stickies: doc.getMap('stickies').toJSON(), order: doc.getArray('order').toJSON(), notes: doc.getText('notes').toString(), sv });
}

/** One random edit of `doc`, chosen by `gen`. */
function randomEdit(gen: prng.PRNG, doc: Y.Doc): void {
  const stickies = doc.getMap('stickies');
  const order = doc.getArray<string>('order');
  const notes = doc.getText('notes');
  const key = `s${prng.uint32(gen, 0, KEYS - 1)}`;
  switch (prng.uint32(gen, 0, 5)) {
    case 0:
      stickies.set(key, new Y.Map<unknown>([['text', prng.word(gen, 1, 8)], ['pos', { x: prng.int31(gen, 0, 999), y: prng.int31(gen, 0, 999) }]]));
      break;
    case 1: {
      const sticky = stickies.get(key);
      if (sticky instanceof Y.Map) sticky.set('pos', { x: prng.int31(gen, 0, 999), y: prng.int31(gen, 0, 999) });
      else stickies.delete(key);
      break;
    }
    case 2:
      order.insert(prng.uint32(gen, 0, order.length), [key]);
      break;
    case 3:
      if (order.length > 0) {
        const at = prng.uint32(gen, 0, order.length - 1);
        order.delete(at, Math.min(order.length - at, prng.uint32(gen, 1, 3)));
      }
      break;
    case 4:
      notes.insert(prng.uint32(gen, 0, notes.length), prng.word(gen, 1, 6));
      break;
    default:
      if (notes.length > 0) {
        const at = prng.uint32(gen, 0, notes.length - 1);
        notes.delete(at, Math.min(notes.length - at, prng.uint32(gen, 1, 4)));
      }
  }
}

describe('randomized convergence through the real server', () => {
  it(`${CLIENTS} stock clients, random edits, disconnects and a SIGKILL restart converge`, async () => {
    const seed = process.env.CONVERGENCE_SEED ? Number(process.env.CONVERGENCE_SEED) : Math.floor(Math.random() * 2 ** 31);
    console.log(`convergence seed ${seed} (replay: CONVERGENCE_SEED=${seed})`);
    const gen = prng.create(seed);
    const data = tempDir();
    cleanups.push(data.remove);
    let server = await spawnServer({ DATA_DIR: data.dir });
    cleanups.push(async () => {
      server.child.kill('SIGTERM');
      await server.exited;
    });
    const port = server.port;
    const http = `http://127.0.0.1:${port}`;
    const ws = `ws://127.0.0.1:${port}/ws`;
    const board = await createBoard(http);
    const clients = Array.from({ length: CLIENTS }, () => {
      const c = connect(ws, board.id, board.editToken);
      cleanups.push(() => c.provider.destroy());
      return c;
    });
    await Promise.all(clients.map((c) => synced(c.provider)));

    let restarted = false;
    for (let step = 0; step < STEPS; step++) {
      const c = prng.oneOf(gen, clients);
      const roll = prng.uint32(gen, 0, 99);
      if (roll < 4) {
        if (c.provider.shouldConnect) c.provider.disconnect();
        else c.provider.connect();
      } else {
        randomEdit(gen, c.doc);
      }
      if (!restarted && step >= STEPS / 2) {
        // Mid-run: the server dies without a chance to flush; clients keep editing offline.
        restarted = true;
        server.child.kill('SIGKILL');
        await server.exited;
        for (let i = 0; i < 20; i++) randomEdit(gen, prng.oneOf(gen, clients).doc);
        server = await spawnServer({ DATA_DIR: data.dir, PORT: String(port) });
      }
      // Let the network interleave with the edits (how much is part of the seed's choice).
      if (prng.uint32(gen, 0, 3) === 0) await new Promise((r) => setTimeout(r, prng.uint32(gen, 0, 15)));
    }

    for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();
    const converged = () => {
      const first = content(clients[0]!.doc);
      return clients.every((c) => c.provider.wsconnected && c.provider.synced && content(c.doc) === first);
    };
    await waitFor(converged, `all ${CLIENTS} clients converge (seed ${seed})`, 45_000);
    const fresh = connect(ws, board.id, board.viewToken);
    cleanups.push(() => fresh.provider.destroy());
    await synced(fresh.provider);
    const expected = content(clients[0]!.doc);
    await waitFor(() => content(fresh.doc) === expected, `a fresh client holds the same document (seed ${seed})`, 30_000);
    for (const c of clients) expect(content(c.doc)).toBe(expected);
    expect(restarted).toBe(true);
  }, 120_000);
});
