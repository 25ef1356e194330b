import { closeSync, fsync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { BoardRecord, BoardSummary, OnDurable, Persistence, StoredDoc } from './Persistence';

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
CREATE TABLE IF NOT EXISTS health (k INTEGER PRIMARY KEY, at INTEGER NOT NULL);
`;

interface Pending {
  boardId: string;
  data: Buffer;
  receivedAt: number;
  onDurable: OnDurable | undefined;
  /** Set at commit. */
  rowId: number;
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
 * SQLite in WAL mode. Updates queued during one event-loop tick are committed together
 * (group commit); the commit only writes the WAL (`synchronous = NORMAL`), and the WAL is
 * then fsync'd on libuv's thread pool, so a slow disk never blocks the rooms. An update
 * counts as durable (power loss included) when that fsync returns: `onDurable` and the
 * persist-lag metric fire then. Correct because fsync covers every write made to the file
 * before it, and with NORMAL SQLite itself syncs the WAL before a checkpoint copies frames
 * into the database and syncs the database after; the WAL file is only deleted when the
 * connection closes (after `flush`).
 */
export class SqliteStore implements Persistence {
  private readonly db: Database.Database;
  private queue: Pending[] = [];
  private scheduled = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly queuedPerBoard = new Map<string, number>();
  /** Committed, not yet fsync'd. */
  private unsynced: Pending[] = [];
  /** Being fsync'd right now. */
  private syncing: Pending[] | null = null;
  private syncTimer: NodeJS.Timeout | null = null;
  private readonly walFd: number;
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
      health: this.db.prepare('INSERT OR REPLACE INTO health (k, at) VALUES (1, ?)'),
    };
    // A write makes sure the WAL file exists before we open our own handle on it for fsync.
    this.stmt.health.run(Date.now());
    this.walFd = openSync(path.join(dataDir, 'stormscape.db-wal'), 'r');
  }

  createBoard(record: BoardRecord, initialState: Uint8Array): void {
    this.db.transaction(() => {
      this.stmt.insertBoard.run(record.id, record.name, record.editTokenHash, record.viewTokenHash, record.viewTokenSealed, record.createdAt, record.updatedAt);
      this.stmt.putSnapshot.run(record.id, toBuffer(initialState), 0, record.createdAt);
    })();
  }

  getBoard(id: string): BoardRecord | undefined {
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

  listBoards(): BoardSummary[] {
    return this.stmt.listBoards.all().map((r) => ({ id: r.id, name: r.name, updatedAt: r.updated_at }));
  }

  renameBoard(id: string, name: string): void {
    this.stmt.renameBoard.run(name, id);
  }

  deleteBoard(id: string): boolean {
    // Queued appends for this board must not resurrect its log after the delete.
    if (this.queuedPerBoard.has(id)) {
      this.queue = this.queue.filter((p) => p.boardId !== id);
      this.queuedPerBoard.delete(id);
    }
    return this.db.transaction(() => {
      this.stmt.deleteSnapshot.run(id);
      this.stmt.deleteUpdates.run(id);
      return this.stmt.deleteBoard.run(id).changes > 0;
    })();
  }

  load(boardId: string): StoredDoc {
    return this.db.transaction(() => {
      const snapshot = this.stmt.getSnapshot.get(boardId);
      const upTo = snapshot?.up_to ?? 0;
      return { snapshot: snapshot?.data ?? null, snapshotUpTo: upTo, updates: this.stmt.getUpdates.all(boardId, upTo) };
    })();
  }

  append(boardId: string, update: Uint8Array, receivedAt: number, onDurable?: OnDurable): void {
    this.queue.push({ boardId, data: toBuffer(update), receivedAt, onDurable, rowId: 0 });
    this.queuedPerBoard.set(boardId, (this.queuedPerBoard.get(boardId) ?? 0) + 1);
    if (!this.scheduled && this.retryTimer === null) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.commitQueued();
      });
    }
  }

  compact(boardId: string, state: Uint8Array, upTo: number): void {
    this.db.transaction(() => {
      const current = this.stmt.getSnapshot.get(boardId);
      // A board deleted meanwhile, or a compaction that finished out of order, must not win.
      if (!this.stmt.getBoard.get(boardId) || (current && current.up_to > upTo)) return;
      this.stmt.putSnapshot.run(boardId, toBuffer(state), upTo, Date.now());
      this.stmt.dropUpdatesUpTo.run(boardId, upTo);
    })();
  }

  flush(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.commitQueued();
    const waiting = [...(this.syncing ?? []), ...this.unsynced];
    if (waiting.length === 0) return;
    // Synchronous on purpose (shutdown, unload, export): durable before returning. An fsync
    // still running on the pool covers a subset of these; acknowledging twice is a no-op.
    fsyncSync(this.walFd);
    this.unsynced = [];
    this.acknowledge(waiting);
  }

  isSettled(boardId: string): boolean {
    return !this.queuedPerBoard.has(boardId);
  }

  checkWritable(): boolean {
    try {
      this.stmt.health.run(Date.now());
      return true;
    } catch {
      return false;
    }
  }

  close(): void {
    this.flush();
    if (this.syncTimer) clearTimeout(this.syncTimer);
    closeSync(this.walFd);
    this.db.close();
  }

  private commitQueued(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    try {
      this.db.transaction(() => {
        const now = Date.now();
        const touched = new Set<string>();
        for (const p of batch) {
          p.rowId = Number(this.stmt.insertUpdate.run(p.boardId, p.data, now).lastInsertRowid);
          touched.add(p.boardId);
        }
        for (const id of touched) this.stmt.touchBoard.run(now, id);
      })();
    } catch (err) {
      // Keep the batch (in order, before anything queued since) and retry: never drop updates.
      this.queue = batch.concat(this.queue);
      this.log.error({ err, updates: batch.length }, 'persist failed; retrying');
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = null;
        this.commitQueued();
      }, 250);
      return;
    }
    this.metrics.persistBatches++;
    for (const p of batch) this.unsynced.push(p);
    this.syncWal();
  }

  /** One fsync at a time on the thread pool; commits made meanwhile ride on the next one. */
  private syncWal(): void {
    if (this.syncing !== null || this.syncTimer !== null || this.unsynced.length === 0) return;
    const batch = this.unsynced;
    this.unsynced = [];
    this.syncing = batch;
    fsync(this.walFd, (err) => {
      if (this.syncing !== batch) return;
      this.syncing = null;
      if (err) {
        this.log.error({ err }, 'fsync failed; retrying');
        this.unsynced = batch.concat(this.unsynced);
        this.syncTimer = setTimeout(() => {
          this.syncTimer = null;
          this.syncWal();
        }, 100);
        return;
      }
      this.acknowledge(batch);
      this.syncWal();
    });
  }

  private acknowledge(batch: Pending[]): void {
    if (this.syncing !== null && batch.includes(this.syncing[0]!)) this.syncing = null;
    const durableAt = performance.now();
    for (const p of batch) {
      if (p.rowId < 0) continue;
      const rowId = p.rowId;
      p.rowId = -1; // acknowledged
      this.metrics.persistLag.add((durableAt - p.receivedAt) / 1000);
      const left = (this.queuedPerBoard.get(p.boardId) ?? 1) - 1;
      if (left <= 0) this.queuedPerBoard.delete(p.boardId);
      else this.queuedPerBoard.set(p.boardId, left);
      p.onDurable?.(rowId);
    }
  }
}
