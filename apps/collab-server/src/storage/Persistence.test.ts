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
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
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
    await store.createBoard(record('board-a'), Uint8Array.of(0, 0));
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
    await store.close();
    const again = reopen();
    stores.push(again);
    expect((await again.load('board-a')).updates.map((u) => u.data[0])).toEqual([0, 1, 2, 3, 4]);
  });

  it('flush resolves once appends are durable; compaction folds the rows into the snapshot', async () => {
    const { store } = await adapter.open();
    await store.createBoard(record('board-b'), emptyState());
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('t').insert(0, 'a');
    const afterFirst = Y.encodeStateAsUpdate(doc);
    doc.getText('t').insert(1, 'b');
    let last = 0;
    for (const u of updates) store.append('board-b', u, performance.now(), (id) => (last = id));
    await store.flush();
    expect(last).toBeGreaterThan(0);
    expect(store.isSettled('board-b')).toBe(true);
    store.compact('board-b', Y.encodeStateAsUpdate(doc), last);
    await store.flush();
    const stored = await store.load('board-b');
    expect(stored.updates).toEqual([]);
    expect(storedText(stored)).toBe('ab');
    // An older compaction finishing late must not win.
    store.compact('board-b', afterFirst, last - 1);
    await store.flush();
    expect(storedText(await store.load('board-b'))).toBe('ab');
  });

  it('deletes a board with its log and queued appends', async () => {
    const { store } = await adapter.open();
    await store.createBoard(record('board-c'), Uint8Array.of(0, 0));
    store.append('board-c', Uint8Array.of(1), performance.now());
    expect(await store.deleteBoard('board-c')).toBe(true);
    await store.flush();
    expect(await store.load('board-c')).toEqual({ snapshot: null, snapshotUpTo: 0, updates: [] });
    expect(await store.listBoards()).toEqual([]);
    expect(await store.checkWritable()).toBe(true);
  });

  it('keeps versions apart from the log: they survive compaction; only old automatic ones expire; they go with the board', async () => {
    const { store } = await adapter.open();
    await store.createBoard(record('board-h'), emptyState());
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText('t').insert(0, 'before');
    const version = (kind: 'named' | 'auto', name: string | null, createdAt: number) => ({ kind, name, createdAt, state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) });
    const named = await store.saveVersion('board-h', version('named', 'after big picture', 1_000));
    const oldAuto = await store.saveVersion('board-h', version('auto', null, 2_000));
    doc.getText('t').insert(6, ' and after');
    const newAuto = await store.saveVersion('board-h', version('auto', null, 9_000));
    expect(named).toBeGreaterThan(0);
    let last = 0;
    for (const u of updates) store.append('board-h', u, performance.now(), (id) => (last = id));
    await store.flush();
    store.compact('board-h', Y.encodeStateAsUpdate(doc), last);
    await store.flush();
    expect((await store.load('board-h')).updates).toEqual([]);
    const textOf = (state: Uint8Array | undefined) => storedText({ snapshot: state ?? null, snapshotUpTo: 0, updates: [] });
    expect(textOf(await store.getVersionState('board-h', named))).toBe('before');
    expect(textOf(await store.getVersionState('board-h', newAuto))).toBe('before and after');
    expect(await store.getVersionState('other-board', named)).toBeUndefined();
    expect((await store.listVersions('board-h')).map((v) => [v.id, v.kind, v.name, v.createdAt])).toEqual([
      [named, 'named', 'after big picture', 1_000],
      [oldAuto, 'auto', null, 2_000],
      [newAuto, 'auto', null, 9_000],
    ]);
    const listed = (await store.listVersions('board-h'))[2]!;
    expect(Buffer.from(listed.stateVector)).toEqual(Buffer.from(Y.encodeStateVector(doc)));
    expect(listed.bytes).toBe(Y.encodeStateAsUpdate(doc).byteLength);
    // Retention: automatic versions older than the cut go, named ones stay whatever their age.
    expect(await store.expireVersions(5_000)).toBe(1);
    expect((await store.listVersions('board-h')).map((v) => v.id)).toEqual([named, newAuto]);
    expect(await store.saveVersion('no-such-board', version('named', 'x', 1))).toBe(0);
    // Deleting: a named version of this board only; automatic ones only expire.
    expect(await store.deleteNamedVersion('board-h', newAuto)).toBe(false);
    expect(await store.deleteNamedVersion('other-board', named)).toBe(false);
    expect((await store.listVersions('board-h')).map((v) => v.id)).toEqual([named, newAuto]);
    expect(await store.deleteNamedVersion('board-h', named)).toBe(true);
    expect(await store.deleteNamedVersion('board-h', named)).toBe(false);
    expect((await store.listVersions('board-h')).map((v) => v.id)).toEqual([newAuto]);
    // Authors: the first record for a client id wins; only for existing boards; they go with the board.
    store.recordAuthor('board-h', 4_000_000_000, 'Ana');
    store.recordAuthor('board-h', 4_000_000_000, 'Mallory');
    store.recordAuthor('board-h', 7, 'Ben');
    store.recordAuthor('no-such-board', 7, 'Ben');
    expect([...(await store.listAuthors('board-h'))].sort((a, b) => a[0] - b[0])).toEqual([
      [7, 'Ben'],
      [4_000_000_000, 'Ana'],
    ]);
    expect((await store.listAuthors('no-such-board')).size).toBe(0);
    await store.deleteBoard('board-h');
    expect(await store.listVersions('board-h')).toEqual([]);
    expect((await store.listAuthors('board-h')).size).toBe(0);
  });
});
