import { mkdirSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import { monotonicMs } from './logWriterProtocol';
import type { AppendItem, WriterReply, WriterRequest } from './logWriterProtocol';
import type { BoardRecord, BoardSummary, OnDurable, Persistence, StoredDoc, VersionInput, VersionKind, VersionSummary } from './Persistence';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  edit_token_hash BLOB NOT NULL,
  view_token_hash BLOB NOT NULL,
  view_token_sealed BLOB,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  up_to INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
-- AUTOINCREMENT: row ids are never reused, so "id > snapshot.up_to" stays correct after deletes.
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  data BLOB NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_board ON updates (board_id, id);
-- Migration "board history" (versions): whole-document snapshots, kept apart from the
-- snapshot/log pair so compaction never touches them.
CREATE TABLE IF NOT EXISTS versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('named', 'auto')),
  name TEXT,
  created_at INTEGER NOT NULL,
  state BLOB NOT NULL,
  state_vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_board ON versions (board_id, id);
CREATE INDEX IF NOT EXISTS versions_by_age ON versions (kind, created_at);
-- Migration "history authors": who is behind each Yjs client id of a board (first record wins).
CREATE TABLE IF NOT EXISTS authors (
  board_id TEXT NOT NULL,
  client_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (board_id, client_id)
);
CREATE TABLE IF NOT EXISTS health (k INTEGER PRIMARY KEY, at INTEGER NOT NULL);
`;

interface Pending {
  boardId: string;
  receivedAt: number;
  onDurable: OnDurable | undefined;
}

interface BoardRow {
  id: string;
  name: string;
  edit_token_hash: Buffer;
  view_token_hash: Buffer;
  view_token_sealed: Buffer | null;
  created_at: number;
  updated_at: number;
}

const toBuffer = (u: Uint8Array): Buffer => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

/**
 * SQLite in WAL mode. Appends go to a log writer thread (its own connection to the same
 * file): updates queued during one event-loop tick are posted together, committed in one
 * transaction (`synchronous = NORMAL`: the commit only writes the WAL) and the WAL is then
 * fsync'd there, so the commit's writes, the fsync and SQLite's automatic checkpoints never
 * block the event loop that fans updates out. An update counts as durable (power loss
 * included) when that fsync returns: `onDurable` and the persist-lag metric fire then.
 * Correct because fsync covers every write made to the file before it, and with NORMAL
 * SQLite itself syncs the WAL before a checkpoint and the database after; the WAL file is
 * only deleted when the last connection closes (after `flush`). Everything else (boards,
 * loads, snapshots) stays on this thread's connection: rare, small transactions.
 */
export class SqliteStore implements Persistence {
  private readonly db: Database.Database;
  private readonly pending = new Map<number, Pending>();
  private outbox: AppendItem[] = [];
  private posting = false;
  private nextSeq = 1;
  private readonly queuedPerBoard = new Map<string, number>();
  private worker!: Worker;
  private port!: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;
  /** Why the log writer cannot commit or fsync right now; null while it can. */
  private storageFailure: string | null = null;
  private readonly failingListeners: ((failing: boolean) => void)[] = [];
  private readonly stmt;

  constructor(
    dataDir: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'stormscape.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Checkpoints run in the writer thread (its commits cross the threshold), not here.
    this.db.pragma('wal_autocheckpoint = 0');
    this.db.exec(SCHEMA);
    // Data directories from before the sealed view token: add the column in place.
    const columns = this.db.prepare<[], { name: string }>('PRAGMA table_info(boards)').all();
    if (!columns.some((c) => c.name === 'view_token_sealed')) this.db.exec('ALTER TABLE boards ADD COLUMN view_token_sealed BLOB');
    this.stmt = {
      insertBoard: this.db.prepare('INSERT INTO boards (id, name, edit_token_hash, view_token_hash, view_token_sealed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      getBoard: this.db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      listBoards: this.db.prepare<[], { id: string; name: string; updated_at: number }>('SELECT id, name, updated_at FROM boards ORDER BY updated_at DESC, id'),
      renameBoard: this.db.prepare('UPDATE boards SET name = ? WHERE id = ?'),
      touchBoard: this.db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?'),
      deleteBoard: this.db.prepare('DELETE FROM boards WHERE id = ?'),
      deleteSnapshot: this.db.prepare('DELETE FROM snapshots WHERE board_id = ?'),
      deleteUpdates: this.db.prepare('DELETE FROM updates WHERE board_id = ?'),
      getSnapshot: this.db.prepare<[string], { data: Buffer; up_to: number }>('SELECT data, up_to FROM snapshots WHERE board_id = ?'),
      getUpdates: this.db.prepare<[string, number], { id: number; data: Buffer }>('SELECT id, data FROM updates WHERE board_id = ? AND id > ? ORDER BY id'),
      putSnapshot: this.db.prepare(
        'INSERT INTO snapshots (board_id, data, up_to, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, up_to = excluded.up_to, updated_at = excluded.updated_at',
      ),
      dropUpdatesUpTo: this.db.prepare('DELETE FROM updates WHERE board_id = ? AND id <= ?'),
      insertUpdate: this.db.prepare('INSERT INTO updates (board_id, data, received_at) VALUES (?, ?, ?)'),
      insertVersion: this.db.prepare('INSERT INTO versions (board_id, kind, name, created_at, state, state_vector) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM boards WHERE id = ?)'),
      listVersions: this.db.prepare<[string], { id: number; kind: VersionKind; name: string | null; created_at: number; bytes: number; state_vector: Buffer }>(
        'SELECT id, kind, name, created_at, length(state) AS bytes, state_vector FROM versions WHERE board_id = ? ORDER BY id',
      ),
      getVersionState: this.db.prepare<[string, number], { state: Buffer }>('SELECT state FROM versions WHERE board_id = ? AND id = ?'),
      insertAuthor: this.db.prepare('INSERT OR IGNORE INTO authors (board_id, client_id, name) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM boards WHERE id = ?)'),
      listAuthors: this.db.prepare<[string], { client_id: number; name: string }>('SELECT client_id, name FROM authors WHERE board_id = ?'),
      deleteAuthors: this.db.prepare('DELETE FROM authors WHERE board_id = ?'),
      deleteNamedVersion: this.db.prepare("DELETE FROM versions WHERE board_id = ? AND id = ? AND kind = 'named'"),
      expireVersions: this.db.prepare("DELETE FROM versions WHERE kind = 'auto' AND created_at < ?"),
      deleteVersions: this.db.prepare('DELETE FROM versions WHERE board_id = ?'),
      health: this.db.prepare('INSERT OR REPLACE INTO health (k, at) VALUES (1, ?)'),
    };
    // A write makes sure the WAL file exists before we open our own handle on it for fsync.
    this.stmt.health.run(Date.now());
    this.startWriter(path.join(dataDir, 'stormscape.db'));
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.writeTransaction(() => {
      this.stmt.insertBoard.run(record.id, record.name, record.editTokenHash, record.viewTokenHash, record.viewTokenSealed, record.createdAt, record.updatedAt);
      this.stmt.putSnapshot.run(record.id, toBuffer(initialState), 0, record.createdAt);
    });
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    const row = this.stmt.getBoard.get(id);
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      editTokenHash: row.edit_token_hash,
      viewTokenHash: row.view_token_hash,
      viewTokenSealed: row.view_token_sealed,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async listBoards(): Promise<BoardSummary[]> {
    return this.stmt.listBoards.all().map((r) => ({ id: r.id, name: r.name, updatedAt: r.updated_at }));
  }

  async renameBoard(id: string, name: string): Promise<void> {
    this.stmt.renameBoard.run(name, id);
  }

  async deleteBoard(id: string): Promise<boolean> {
    // Queued appends for this board must not resurrect its log after the delete: the
    // writer only inserts rows for boards that exist, and their acks are ignored here.
    if (this.queuedPerBoard.has(id)) {
      for (const [seq, p] of this.pending) if (p.boardId === id) this.pending.delete(seq);
      this.outbox = this.outbox.filter((item) => item.boardId !== id);
      this.queuedPerBoard.delete(id);
    }
    return this.writeTransaction(() => {
      this.stmt.deleteSnapshot.run(id);
      this.stmt.deleteUpdates.run(id);
      this.stmt.deleteVersions.run(id);
      this.stmt.deleteAuthors.run(id);
      return this.stmt.deleteBoard.run(id).changes > 0;
    });
  }

  /** Local reads and writes (microseconds, no network) answer synchronously inside. */
  async load(boardId: string): Promise<StoredDoc> {
    return this.db.transaction(() => {
      const snapshot = this.stmt.getSnapshot.get(boardId);
      const upTo = snapshot?.up_to ?? 0;
      return { snapshot: snapshot?.data ?? null, snapshotUpTo: upTo, updates: this.stmt.getUpdates.all(boardId, upTo) };
    })();
  }

  append(boardId: string, update: Uint8Array, receivedAt: number, onDurable?: OnDurable): void {
    const seq = this.nextSeq++;
    this.pending.set(seq, { boardId, receivedAt, onDurable });
    this.outbox.push({ seq, boardId, data: update });
    this.queuedPerBoard.set(boardId, (this.queuedPerBoard.get(boardId) ?? 0) + 1);
    if (!this.posting) {
      this.posting = true;
      // End of the current callback (after the fan-out that queued it): one message per tick.
      queueMicrotask(() => this.post());
    }
  }

  compact(boardId: string, state: Uint8Array, upTo: number): void {
    // IMMEDIATE: take the write lock first (waiting out the log writer's commit under the busy
    // timeout). A deferred transaction that read first could not upgrade once the writer had
    // committed meanwhile: SQLite then fails at once with "database is locked", no waiting.
    this.writeTransaction(() => {
      const current = this.stmt.getSnapshot.get(boardId);
      // A board deleted meanwhile, or a compaction that finished out of order, must not win.
      if (!this.stmt.getBoard.get(boardId) || (current && current.up_to > upTo)) return;
      this.stmt.putSnapshot.run(boardId, toBuffer(state), upTo, Date.now());
      this.stmt.dropUpdatesUpTo.run(boardId, upTo);
    });
  }

  async saveVersion(boardId: string, v: VersionInput): Promise<number> {
    const result = this.stmt.insertVersion.run(boardId, v.kind, v.name, v.createdAt, toBuffer(v.state), toBuffer(v.stateVector), boardId);
    return result.changes > 0 ? Number(result.lastInsertRowid) : 0;
  }

  async listVersions(boardId: string): Promise<VersionSummary[]> {
    return this.stmt.listVersions.all(boardId).map((r) => ({ id: r.id, kind: r.kind, name: r.name, createdAt: r.created_at, bytes: r.bytes, stateVector: r.state_vector }));
  }

  async getVersionState(boardId: string, versionId: number): Promise<Uint8Array | undefined> {
    return this.stmt.getVersionState.get(boardId, versionId)?.state;
  }

  recordAuthor(boardId: string, clientId: number, name: string): void {
    this.stmt.insertAuthor.run(boardId, clientId, name, boardId);
  }

  async listAuthors(boardId: string): Promise<Map<number, string>> {
    return new Map(this.stmt.listAuthors.all(boardId).map((r) => [r.client_id, r.name]));
  }

  async takeHistoryLease(): Promise<boolean> {
    return true; // one process owns the SQLite file
  }

  async deleteNamedVersion(boardId: string, versionId: number): Promise<boolean> {
    return this.stmt.deleteNamedVersion.run(boardId, versionId).changes > 0;
  }

  async expireVersions(createdBefore: number): Promise<number> {
    return this.stmt.expireVersions.run(createdBefore).changes;
  }

  async flush(): Promise<void> {
    this.flushNow();
  }

  unsettledCount(): number {
    return this.pending.size;
  }

  isSettled(boardId: string): boolean {
    return !this.queuedPerBoard.has(boardId);
  }

  get failing(): boolean {
    return this.storageFailure !== null;
  }

  onFailingChange(listener: (failing: boolean) => void): void {
    this.failingListeners.push(listener);
  }

  async checkWritable(): Promise<boolean> {
    if (this.failing) return false;
    try {
      this.stmt.health.run(Date.now());
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flushNow();
    this.request({ kind: 'close' });
    this.closed = true;
    void this.worker.terminate();
    this.port.close();
    this.db.close();
  }

  /**
   * Commits what is queued and waits for the log writer's fsync (a local disk: the wait is the
   * fsync, on the writer thread), so the store is durable when `flush` resolves.
   */
  private flushNow(): void {
    if (this.closed) return;
    this.post();
    if (this.pending.size === 0) return;
    this.request({ kind: 'flush' });
  }

  /** A write transaction that holds the write lock from its start (see `compact`). */
  private writeTransaction<T>(body: () => T): T {
    return this.db.transaction(body).immediate();
  }

  private startWriter(dbPath: string): void {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const worker = new Worker(new URL('../docs/docWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL('./logWriterThread.ts', import.meta.url).href, dbPath, walPath: `${dbPath}-wal`, port: port2, signal: this.signal.buffer },
      transferList: [port2],
    });
    this.worker = worker;
    worker.unref();
    port1.on('message', (r: WriterReply) => this.onReply(r));
    port1.unref();
    const restart = (why: unknown) => {
      if (this.closed || this.worker !== worker) return;
      this.log.error({ err: why }, 'log writer stopped; restarting');
      this.port.close();
      this.startWriter(dbPath);
      // Re-send what was not acknowledged (a duplicate row is harmless: Yjs updates are idempotent).
      this.outbox = [...this.resend.values(), ...this.outbox];
      this.post();
    };
    worker.once('error', restart);
    worker.once('exit', (code) => restart(new Error(`log writer exited (${code})`)));
  }

  /** Payloads posted but not yet acknowledged, kept only to re-send after a writer crash. */
  private readonly resend = new Map<number, AppendItem>();

  private post(): void {
    this.posting = false;
    if (this.outbox.length === 0 || this.closed) return;
    const items = this.outbox;
    this.outbox = [];
    for (const item of items) this.resend.set(item.seq, item);
    this.port.postMessage({ kind: 'append', items } satisfies WriterRequest);
  }

  /** Posts a request and blocks until the writer has handled it, applying its replies. */
  private request(req: WriterRequest): void {
    const before = Atomics.load(this.signal, 0);
    this.port.postMessage(req);
    if (Atomics.wait(this.signal, 0, before, 30_000) === 'timed-out') this.log.error({ req: req.kind }, 'log writer did not answer');
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const r = m.message as WriterReply;
      this.onReply(r);
      if (r.kind === 'flushed') break;
    }
  }

  private onReply(r: WriterReply): void {
    if (r.kind === 'error') {
      this.log.error({ err: r.message }, 'log writer error');
      return;
    }
    if (r.kind === 'health') {
      const was = this.failing;
      this.storageFailure = r.failing ? (r.reason ?? 'storage failed') : null;
      if (was === r.failing) return;
      if (r.failing) this.log.error({ err: r.reason, unsettled: this.pending.size }, 'storage failing: updates cannot be stored; retrying');
      else this.log.warn('storage works again');
      for (const listener of this.failingListeners) listener(r.failing);
      return;
    }
    if (r.kind !== 'durable') return;
    this.metrics.persistBatches++;
    this.metrics.walFsync.add(r.fsyncMs / 1000);
    // Durable when the writer's fsync returned, in this thread's `performance.now()` terms: not
    // when this loop gets round to reading the reply (a busy loop read it up to hundreds of ms
    // later under S2, which the lag used to count although the data was on disk).
    const durableAt = performance.now() - (monotonicMs() - r.syncedAt);
    for (const [seq, rowId] of r.acks) {
      this.resend.delete(seq);
      const p = this.pending.get(seq);
      if (!p) continue; // board deleted meanwhile, or acknowledged twice after a restart
      this.pending.delete(seq);
      this.metrics.persistLag.add(Math.max(0, durableAt - p.receivedAt) / 1000);
      const left = (this.queuedPerBoard.get(p.boardId) ?? 1) - 1;
      if (left <= 0) this.queuedPerBoard.delete(p.boardId);
      else this.queuedPerBoard.set(p.boardId, left);
      if (rowId > 0) p.onDurable?.(rowId);
    }
  }
}
