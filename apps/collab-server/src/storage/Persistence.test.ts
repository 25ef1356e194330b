import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Metrics } from '../metrics';
import { record, storedText } from '../../test/storeFixtures';
import type { Persistence } from './Persistence';
import { PgStore } from './PgStore';
import { SqliteStore } from './SqliteStore';

/**
 * The storage contract, run against every adapter: embedded SQLite and PostgreSQL (a real
 * server from @stormscape/testinfra, one fresh database per test).
 */
interface Adapter {
  name: string;
  /** A fresh, empty store; `reopen` opens another store on the same data. */
  open(): Promise<{ store: Persistence; metrics: Metrics; reopen: () => Persistence }>;
}

const silent = pino({ level: 'silent' });
const dirs: string[] = [];
const stores: Persistence[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

let postgres: Promise<TestPostgres> | null = null;
let databases = 0;
afterAll(async () => {
  if (postgres) await (await postgres).close();
});

const adapters: Adapter[] = [
  {
    name: 'SqliteStore',
    async open() {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'stormscape-store-'));
      dirs.push(dataDir);
      const metrics = new Metrics();
      const store = new SqliteStore(dataDir, silent, metrics);
      stores.push(store);
      return { store, metrics, reopen: () => new SqliteStore(dataDir, silent, new Metrics()) };
    },
  },
  {
    name: 'PgStore',
    async open() {
      postgres ??= startPostgres();
      const url = await (await postgres).createDatabase(`contract_${++databases}`);
      const metrics = new Metrics();
      const store = new PgStore(url, silent, metrics);
      stores.push(store);
      return { store, metrics, reopen: () => new PgStore(url, silent, new Metrics()) };
    },
  },
];

const emptyState = () => Y.encodeStateAsUpdate(new Y.Doc());

describe.each(adapters)('$name (storage contract)', (adapter) => {
  it('acknowledges appends once durable, in order, and keeps them across reopen', async () => {
    const { store, metrics, reopen } = await adapter.open();
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
    const again = reopen();
    stores.push(again);
    expect(again.load('board-a').updates.map((u) => u.data[0])).toEqual([0, 1, 2, 3, 4]);
  });

  it('flush makes appends durable synchronously; compaction folds the rows into the snapshot', async () => {
    const { store } = await adapter.open();
    store.createBoard(record('board-b'), emptyState());
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('t').insert(0, 'a');
    const afterFirst = Y.encodeStateAsUpdate(doc);
    doc.getText('t').insert(1, 'b');
    let last = 0;
    for (const u of updates) store.append('board-b', u, performance.now(), (id) => (last = id));
    store.flush();
    expect(last).toBeGreaterThan(0);
    expect(store.isSettled('board-b')).toBe(true);
    store.compact('board-b', Y.encodeStateAsUpdate(doc), last);
    store.flush();
    const stored = store.load('board-b');
    expect(stored.updates).toEqual([]);
    expect(storedText(stored)).toBe('ab');
    // An older compaction finishing late must not win.
    store.compact('board-b', afterFirst, last - 1);
    store.flush();
    expect(storedText(store.load('board-b'))).toBe('ab');
  });

  it('deletes a board with its log and queued appends', async () => {
    const { store } = await adapter.open();
    store.createBoard(record('board-c'), Uint8Array.of(0, 0));
    store.append('board-c', Uint8Array.of(1), performance.now());
    expect(store.deleteBoard('board-c')).toBe(true);
    store.flush();
    expect(store.load('board-c')).toEqual({ snapshot: null, snapshotUpTo: 0, updates: [] });
    expect(store.listBoards()).toEqual([]);
    expect(store.checkWritable()).toBe(true);
  });
});
