import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeUpdate } from '../src/protocol/messages';
import { connect, createBoard, rawSocket, spawnServer, startServer, synced, tempDir, waitFor } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A board whose log holds `rows` uncompacted updates, so loading its room takes a while. */
async function boardWithLongLog(dataDir: string, rows: number) {
  const seed = await startServer({ dataDir });
  const board = await createBoard(seed.http);
  await seed.stop();
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < rows; i++) doc.getMap('history').set(`h${i % 500}`, `${i}`.padEnd(64, '.'));
  const db = new Database(path.join(dataDir, 'stormscape.db'));
  const insert = db.prepare('INSERT INTO updates (board_id, data, received_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const u of updates) insert.run(board.id, Buffer.from(u), Date.now());
  })();
  db.close();
  return board;
}

/** Index of the first JSON log line with `msg`, or -1. */
function logIndex(output: string, msg: string): number {
  return output.split('\n').findIndex((line) => line.includes(`"msg":"${msg}"`));
}

describe('shutdown', () => {
  it('keeps the updates received for a room that was still loading when SIGTERM came', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    const board = await boardWithLongLog(data.dir, 10_000);
    const server = await spawnServer({ DATA_DIR: data.dir });
    cleanups.push(() => void server.child.kill('SIGKILL'));

    // The first socket makes the server load the room; its updates wait for the load.
    const ws = await rawSocket(`ws://127.0.0.1:${server.port}/ws/${board.id}?token=${board.editToken}`);
    const local = new Y.Doc();
    local.on('update', (u: Uint8Array) => ws.send(encodeUpdate(u)));
    for (let i = 0; i < 50; i++) local.getMap('k').set(`k${i}`, i);
    // Every update is in the server's socket buffer (loopback) before the signal.
    await waitFor(() => ws.bufferedAmount === 0, 'the updates to leave the client');
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const output = server.output();
    // The scenario really happened: the room finished loading only after shutdown began.
    const shutdownAt = logIndex(output, 'shutting down: flushing to disk');
    expect(shutdownAt).toBeGreaterThanOrEqual(0);
    expect(logIndex(output, 'room loaded') === -1 || logIndex(output, 'room loaded') > shutdownAt).toBe(true);
    expect(code).toBe(0);
    expect(output).toContain('stopped cleanly');

    const again = await spawnServer({ DATA_DIR: data.dir });
    cleanups.push(() => void again.child.kill('SIGKILL'));
    const reader = connect(`ws://127.0.0.1:${again.port}/ws`, board.id, board.viewToken);
    cleanups.push(() => reader.provider.destroy());
    await synced(reader.provider);
    const kept = [...local.getMap('k').keys()].filter((key) => reader.doc.getMap('k').has(key));
    expect(kept.length).toBe(50);
    // Two servers loading a 10,000-row log and a client syncing it: a hang guard for a loaded
    // machine (35 s at load 30 before the tail-first sync, 53-60+ s after it at load 15).
  }, 300_000);
});
