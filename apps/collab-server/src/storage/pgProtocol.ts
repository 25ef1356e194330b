/** Messages between `PgStore` (event loop) and its PostgreSQL thread (`pgThread.ts`). */
import type { MessagePort } from 'node:worker_threads';
import type { AppendItem, AuthorItem } from './logWriterProtocol';
import type { BoardRecord, VersionInput } from './Persistence';

export interface PgThreadData {
  entry: string;
  databaseUrl: string;
  /** Names this process as a compaction lease holder. */
  nodeId: string;
  /** A compaction lease lasts this long unless released (its holder died mid-compaction). */
  leaseMs: number;
  /** Requests and replies travel on this port. */
  port: MessagePort;
}

/** Calls answered with a `result` (the `Persistence` seam's round trips). */
export type PgCall =
  | { op: 'init' }
  | { op: 'createBoard'; record: BoardRecord; initialState: Uint8Array }
  | { op: 'getBoard'; id: string }
  | { op: 'listBoards' }
  | { op: 'renameBoard'; id: string; name: string }
  | { op: 'deleteBoard'; id: string }
  | { op: 'load'; boardId: string }
  | { op: 'saveVersion'; boardId: string; version: VersionInput }
  | { op: 'listVersions'; boardId: string }
  | { op: 'getVersionState'; boardId: string; versionId: number }
  | { op: 'listAuthors'; boardId: string }
  | { op: 'takeHistoryLease'; boardId: string; ms: number }
  | { op: 'deleteNamedVersion'; boardId: string; versionId: number }
  | { op: 'expireVersions'; createdBefore: number }
  | { op: 'checkWritable' }
  /** Resolves once queued appends had one commit attempt and running compactions ended. */
  | { op: 'flush' };

export type PgRequest =
  | { kind: 'call'; id: number; call: PgCall }
  /** `authors` are inserted in the same transaction as `items`, before them. */
  | { kind: 'append'; items: AppendItem[]; authors: AuthorItem[] }
  | { kind: 'compact'; boardId: string; state: Uint8Array }
  | { kind: 'close' };

export type PgReply =
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; message: string; unavailable: boolean }
  /** `rowId` 0: the board was deleted before the commit, nothing was written. */
  | { kind: 'durable'; acks: [seq: number, rowId: number][] }
  | { kind: 'health'; failing: boolean; reason?: string | undefined }
  /** A process warning raised in the thread (a deprecated use of `pg`, say). */
  | { kind: 'warning'; message: string }
  | { kind: 'compacted'; boardId: string; outcome: 'done' | 'leased-elsewhere' | 'gone' | 'failed'; rows: number; detail?: string };
