/**
 * The log writer thread: commits appended updates to SQLite (its own connection to the same
 * WAL-mode database) and fsyncs the WAL, so neither the commit's writes nor the checkpoints
 * SQLite runs during commits ever block the event loop that fans updates out.
 * Everything queued while a commit or fsync runs rides on the next one (group commit).
 */
import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { monotonicMs } from './logWriterProtocol';
import type { AppendItem, LogWriterData, WriterReply, WriterRequest } from './logWriterProtocol';

const { dbPath, walPath, port, signal } = workerData as LogWriterData;
const done = new Int32Array(signal);
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
// A board deleted while its updates were queued must not get its log back.
const insert = db.prepare('INSERT INTO updates (board_id, data, received_at) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM boards WHERE id = ?)');
const touch = db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?');
const walFd = openSync(walPath, 'r');

let queue: AppendItem[] = [];
let scheduled = false;
let retryTimer: NodeJS.Timeout | null = null;
let unsynced: [number, number][] = [];
/** Acks whose fsync is running now. */
let syncing: [number, number][] | null = null;

const reply = (r: WriterReply) => port.postMessage(r);

/** Why the last commit / fsync failed (null: it worked). Reported on every change only. */
let commitFailure: string | null = null;
let syncFailure: string | null = null;
/** null until the first result, which is always reported (a restarted writer starts afresh). */
let reportedFailing: boolean | null = null;

function noteHealth(): void {
  const failing = commitFailure !== null || syncFailure !== null;
  if (failing === reportedFailing) return;
  reportedFailing = failing;
  reply({ kind: 'health', failing, reason: commitFailure ?? syncFailure ?? undefined });
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

const commitAll = db.transaction((batch: AppendItem[]) => {
  const now = Date.now();
  const touched = new Set<string>();
  const acks: [number, number][] = [];
  for (const item of batch) {
    const data = Buffer.from(item.data.buffer, item.data.byteOffset, item.data.byteLength);
    const result = insert.run(item.boardId, data, now, item.boardId);
    acks.push([item.seq, result.changes > 0 ? Number(result.lastInsertRowid) : 0]);
    touched.add(item.boardId);
  }
  for (const id of touched) touch.run(now, id);
  return acks;
});

/** Commits the queue; false if the commit failed (the batch stays queued). */
function commit(): boolean {
  if (queue.length === 0) return true;
  const batch = queue;
  queue = [];
  try {
    // IMMEDIATE: wait (busy timeout) for a compaction holding the write lock, never fail on it.
    for (const a of commitAll.immediate(batch)) unsynced.push(a);
  } catch (err) {
    queue = batch.concat(queue);
    commitFailure = `commit failed: ${describe(err)}`;
    noteHealth();
    return false;
  }
  commitFailure = null;
  noteHealth();
  return true;
}

/**
 * One fsync at a time, off this thread too, so commits keep landing in the page cache (safe
 * from a SIGKILL) while the disk is slow; commits made meanwhile ride on the next fsync.
 */
function syncSoon(): void {
  if (syncing !== null || unsynced.length === 0) return;
  const batch = unsynced;
  unsynced = [];
  syncing = batch;
  const started = monotonicMs();
  fsync(walFd, (err) => {
    const syncedAt = monotonicMs();
    if (syncing !== batch) return; // a synchronous flush covered it
    syncing = null;
    if (err) {
      syncFailure = `fsync failed: ${err.message}`;
      noteHealth();
      unsynced = batch.concat(unsynced);
      setTimeout(syncSoon, 100);
      return;
    }
    syncFailure = null;
    noteHealth();
    reply({ kind: 'durable', acks: batch, syncedAt, fsyncMs: syncedAt - started });
    syncSoon();
  });
}

/** Synchronous commit and fsync of everything (flush, close). */
function writeOut(): void {
  commit();
  const batch = [...(syncing ?? []), ...unsynced];
  syncing = null;
  unsynced = [];
  if (batch.length === 0) return;
  const started = monotonicMs();
  try {
    fsyncSync(walFd);
  } catch (err) {
    // Not durable: keep them for the next attempt; the caller sees them still unsettled.
    unsynced = batch;
    syncFailure = `fsync failed: ${describe(err)}`;
    noteHealth();
    return;
  }
  const syncedAt = monotonicMs();
  syncFailure = null;
  noteHealth();
  reply({ kind: 'durable', acks: batch, syncedAt, fsyncMs: syncedAt - started });
}

function schedule(): void {
  if (scheduled || retryTimer) return;
  scheduled = true;
  // setImmediate: appends posted together (and during the last fsync) share one commit.
  setImmediate(() => {
    scheduled = false;
    if (commit()) syncSoon();
    else {
      retryTimer = setTimeout(() => {
        retryTimer = null;
        schedule();
      }, 250);
    }
  });
}

function signalDone(): void {
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
}

port.on('message', (m: WriterRequest) => {
  if (m.kind === 'append') {
    for (const item of m.items) queue.push(item);
    schedule();
  } else if (m.kind === 'flush') {
    writeOut();
    reply({ kind: 'flushed' });
    signalDone();
  } else {
    try {
      writeOut();
      closeSync(walFd);
      db.close();
    } catch (err) {
      reply({ kind: 'error', message: `closing the log writer failed: ${describe(err)}` });
    } finally {
      reply({ kind: 'flushed' });
      port.close();
      signalDone();
    }
  }
});
