/** Messages between `SqliteStore` (event loop) and its log writer thread. */
import type { MessagePort } from 'node:worker_threads';

export interface LogWriterData {
  entry: string;
  dbPath: string;
  walPath: string;
  /** Replies (acks) travel on this port so `flush` can drain them synchronously. */
  port: MessagePort;
  /** Int32 counter the writer bumps (and notifies) after each `flush` or `close`. */
  signal: SharedArrayBuffer;
}

export interface AppendItem {
  seq: number;
  boardId: string;
  data: Uint8Array;
}

/** Board history's "who": a Yjs client id credited to a person (PostgreSQL: committed with the appends). */
export interface AuthorItem {
  boardId: string;
  clientId: number;
  name: string;
}

export type WriterRequest = { kind: 'append'; items: AppendItem[] } | { kind: 'flush' } | { kind: 'close' };

/**
 * Milliseconds on the monotonic clock every thread of the process shares (`performance.now()`
 * counts from each thread's own start, so it cannot carry a moment from the writer to the
 * event loop).
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * `rowId` 0: the board was deleted before the commit, nothing was written. `syncedAt`: when the
 * fsync covering these acks returned (`monotonicMs`); `fsyncMs`: how long that fsync took.
 */
export type WriterReply =
  | { kind: 'durable'; acks: [seq: number, rowId: number][]; syncedAt: number; fsyncMs: number }
  | { kind: 'flushed' }
  | { kind: 'error'; message: string }
  /** Commits or fsyncs started failing (disk full, I/O error), or work again; sent on change. */
  | { kind: 'health'; failing: boolean; reason?: string | undefined };
