/**
 * The log writer thread: commits appended updates to SQLite (its own connection to the same
 * WAL-mode database) and fsyncs the WAL, so neither the commit's writes nor the checkpoints
 * SQLite runs during commits ever block the event loop that fans updates out.
 * Everything queued while a commit or fsync runs rides on the next one (group commit).
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
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

const reply = (r: WriterReply) => port.postMessage(r);

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

/** Commits the queue and fsyncs; false if the commit failed (the batch stays queued). */
function writeOut(): boolean {
  if (queue.length > 0) {
    const batch = queue;
    queue = [];
    try {
      for (const a of commitAll(batch)) unsynced.push(a);
    } catch (err) {
      queue = batch.concat(queue);
      reply({ kind: 'error', message: `persist failed; retrying: ${err instanceof Error ? err.message : String(err)}` });
      return false;
    }
  }
  if (unsynced.length > 0) {
    fsyncSync(walFd);
    reply({ kind: 'durable', acks: unsynced });
    unsynced = [];
  }
  return true;
}

function schedule(): void {
  if (scheduled || retryTimer) return;
  scheduled = true;
  // setImmediate: appends posted together (and during the last fsync) share one commit.
  setImmediate(() => {
    scheduled = false;
    if (!writeOut()) {
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
    writeOut();
    closeSync(walFd);
    db.close();
    reply({ kind: 'flushed' });
    port.close();
    signalDone();
  }
});
