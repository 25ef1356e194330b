import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Metrics } from '../metrics';
import { SqliteStore } from './SqliteStore';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(dir?: string) {
  const dataDir = dir ?? mkdtempSync(path.join(tmpdir(), 'stormscape-store-'));
  if (!dir) dirs.push(dataDir);
  const metrics = new Metrics();
  return { store: new SqliteStore(dataDir, pino({ level: 'silent' }), metrics), metrics, dataDir };
}

const record = (id: string) => ({ id, name: id, editTokenHash: Buffer.alloc(32, 1), viewTokenHash: Buffer.alloc(32, 2), viewTokenSealed: null, createdAt: 1, updatedAt: 1 });

describe('SqliteStore', () => {
  it('acknowledges appends once fsync returns, in order, and keeps them across reopen', async () => {
    const { store, metrics, dataDir } = open();
    store.createBoard(record('board-a'), Uint8Array.of(0, 0));
    const acked: number[] = [];
    for (let i = 0; i < 5; i++) store.append('board-a', Uint8Array.of(i), performance.now(), (rowId) => acked.push(rowId));
    expect(store.isSettled('board-a')).toBe(false);
    await new Promise<void>((resolve) => {
      const check = () => (acked.length === 5 ? resolve() : setTimeout(check, 5));
      check();
    });
    expect(acked).toEqual([...acked].sort((a, b) => a - b));
    expect(store.isSettled('board-a')).toBe(true);
    expect(metrics.persistLag.count).toBe(5);
    store.close();
    const again = open(dataDir).store;
    expect(again.load('board-a').updates.map((u) => u.data[0])).toEqual([0, 1, 2, 3, 4]);
    again.close();
  });

  it('flush commits and fsyncs synchronously; compaction folds rows into the snapshot', () => {
    const { store } = open();
    store.createBoard(record('board-b'), Uint8Array.of(0, 0));
    let last = 0;
    store.append('board-b', Uint8Array.of(7), performance.now(), (id) => (last = id));
    store.append('board-b', Uint8Array.of(8), performance.now(), (id) => (last = id));
    store.flush();
    expect(last).toBeGreaterThan(0);
    expect(store.isSettled('board-b')).toBe(true);
    store.compact('board-b', Uint8Array.of(9, 9), last);
    expect(store.load('board-b')).toEqual({ snapshot: Buffer.from([9, 9]), snapshotUpTo: last, updates: [] });
    // An older compaction finishing late must not win.
    store.compact('board-b', Uint8Array.of(1), last - 1);
    expect(store.load('board-b').snapshot).toEqual(Buffer.from([9, 9]));
    store.close();
  });

  it('deletes a board with its log and queued appends', () => {
    const { store } = open();
    store.createBoard(record('board-c'), Uint8Array.of(0, 0));
    store.append('board-c', Uint8Array.of(1), performance.now());
    expect(store.deleteBoard('board-c')).toBe(true);
    store.flush();
    expect(store.load('board-c')).toEqual({ snapshot: null, snapshotUpTo: 0, updates: [] });
    expect(store.listBoards()).toEqual([]);
    expect(store.checkWritable()).toBe(true);
    store.close();
  });
});
