import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { AppendItem, AuthorItem } from './logWriterProtocol';
import type { PgCall, PgReply, PgRequest } from './pgProtocol';
import type { BoardRecord, BoardSummary, OnDurable, Persistence, StoredDoc, VersionInput, VersionSummary } from './Persistence';

/** Buffers cross the thread boundary as plain Uint8Arrays. */
function boardFromThread(row: BoardRecord | null): BoardRecord | undefined {
  if (!row) return undefined;
  return { ...row, editTokenHash: Buffer.from(row.editTokenHash), viewTokenHash: Buffer.from(row.viewTokenHash), viewTokenSealed: row.viewTokenSealed ? Buffer.from(row.viewTokenSealed) : null };
}

function storedFromThread(stored: StoredDoc): StoredDoc {
  return { snapshot: stored.snapshot ? Buffer.from(stored.snapshot) : null, snapshotUpTo: stored.snapshotUpTo, updates: stored.updates.map((u) => ({ id: u.id, data: Buffer.from(u.data) })) };
}

/** PostgreSQL did not answer or cannot write: callers treat it like a full disk (4507). */
export class StorageUnavailableError extends Error {}

interface Pending {
  boardId: string;
  receivedAt: number;
  onDurable: OnDurable | undefined;
}

export interface PgStoreOptions {
  /** How long a synchronous call may block the event loop before it fails. */
  callTimeoutMs?: number;
  /** Compaction lease duration (a holder that died frees it after this long). */
  leaseMs?: number;
  /** This node's name as a lease holder; default host:pid:random. */
  nodeId?: string;
}

/**
 * PostgreSQL storage (`DATABASE_URL`), for several nodes sharing boards. Every query runs in
 * the PostgreSQL thread (`pgThread.ts`). Appends are asynchronous exactly as with SQLite:
 * queued per tick, committed in batches, and acknowledged (`onDurable`, persist lag) only once
 * PostgreSQL's COMMIT returned, i.e. its WAL is flushed. The reads every join makes
 * (`getBoardAsync`, `loadAsync`) are answered on the port without blocking. The rest of the
 * seam is synchronous, so those calls block the event loop for one round trip (`Atomics.wait`
 * on the thread's answer), bounded by `callTimeoutMs`; while PostgreSQL is unreachable both
 * kinds fail at once (`failing`) instead of waiting. Compaction runs in the thread under a lease.
 */
export class PgStore implements Persistence {
  private readonly pending = new Map<number, Pending>();
  private outbox: AppendItem[] = [];
  private authorsOutbox: AuthorItem[] = [];
  private posting = false;
  private nextSeq = 1;
  private nextCall = 1;
  private readonly queuedPerBoard = new Map<string, number>();
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;
  private storageFailure: string | null = null;
  private readonly failingListeners: ((failing: boolean) => void)[] = [];
  private readonly callTimeoutMs: number;
  /** Asynchronous calls waiting for the thread's answer, by call id. */
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }>();
  readonly nodeId: string;

  constructor(
    databaseUrl: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    options: PgStoreOptions = {},
  ) {
    this.callTimeoutMs = options.callTimeoutMs ?? 15_000;
    this.nodeId = options.nodeId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(new URL('../docs/docWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL('./pgThread.ts', import.meta.url).href, databaseUrl, nodeId: this.nodeId, leaseMs: options.leaseMs ?? 30_000, port: port2, signal: this.signal.buffer },
      transferList: [port2],
    });
    this.worker.unref();
    // Never silently stop storing: without its thread this store refuses everything (4507).
    const died = (why: unknown) => {
      if (this.closed) return;
      this.log.fatal({ err: why }, 'PostgreSQL thread stopped: storage failing until restart');
      this.failWaiting('PostgreSQL thread stopped');
      this.onReply({ kind: 'health', failing: true, reason: 'PostgreSQL thread stopped' });
    };
    this.worker.once('error', died);
    this.worker.once('exit', (code) => died(new Error(`PostgreSQL thread exited (${code})`)));
    port1.on('message', (r: PgReply) => this.onReply(r));
    port1.unref();
    // Schema first (the thread boots tsx, then connects): fail the start if PostgreSQL is not there.
    const applied = this.call<number>({ op: 'init' }, 120_000, true);
    if (applied > 0) this.log.info({ migrations: applied }, 'PostgreSQL schema migrated');
  }

  createBoard(record: BoardRecord, initialState: Uint8Array): void {
    this.call({ op: 'createBoard', record, initialState });
  }

  getBoard(id: string): BoardRecord | undefined {
    return boardFromThread(this.call<BoardRecord | null>({ op: 'getBoard', id }));
  }

  async getBoardAsync(id: string): Promise<BoardRecord | undefined> {
    return boardFromThread(await this.callAsync<BoardRecord | null>({ op: 'getBoard', id }));
  }

  listBoards(): BoardSummary[] {
    return this.call<BoardSummary[]>({ op: 'listBoards' });
  }

  renameBoard(id: string, name: string): void {
    this.call({ op: 'renameBoard', id, name });
  }

  deleteBoard(id: string): boolean {
    if (this.queuedPerBoard.has(id)) {
      for (const [seq, p] of this.pending) if (p.boardId === id) this.pending.delete(seq);
      this.outbox = this.outbox.filter((item) => item.boardId !== id);
      this.queuedPerBoard.delete(id);
    }
    this.authorsOutbox = this.authorsOutbox.filter((item) => item.boardId !== id);
    return this.call<boolean>({ op: 'deleteBoard', id });
  }

  load(boardId: string): StoredDoc {
    return storedFromThread(this.call<StoredDoc>({ op: 'load', boardId }));
  }

  async loadAsync(boardId: string): Promise<StoredDoc> {
    return storedFromThread(await this.callAsync<StoredDoc>({ op: 'load', boardId }));
  }

  append(boardId: string, update: Uint8Array, receivedAt: number, onDurable?: OnDurable): void {
    const seq = this.nextSeq++;
    this.pending.set(seq, { boardId, receivedAt, onDurable });
    this.outbox.push({ seq, boardId, data: update });
    this.queuedPerBoard.set(boardId, (this.queuedPerBoard.get(boardId) ?? 0) + 1);
    this.schedulePost();
  }

  /**
   * Asks the PostgreSQL thread to fold the board's stored log into its snapshot, together with
   * `state` (the room's compacted document). `upTo` is not needed: the thread deletes exactly
   * the rows it folded (row ids are not commit-ordered across nodes).
   */
  compact(boardId: string, state: Uint8Array): void {
    if (this.closed) return;
    this.send({ kind: 'compact', boardId, state });
  }

  saveVersion(boardId: string, version: VersionInput): number {
    return this.call<number>({ op: 'saveVersion', boardId, version });
  }

  listVersions(boardId: string): VersionSummary[] {
    return this.call<VersionSummary[]>({ op: 'listVersions', boardId }).map((v) => ({ ...v, stateVector: Buffer.from(v.stateVector) }));
  }

  getVersionState(boardId: string, versionId: number): Uint8Array | undefined {
    const state = this.call<Uint8Array | null>({ op: 'getVersionState', boardId, versionId });
    return state ? Buffer.from(state) : undefined;
  }

  /**
   * Not a round trip: queued like an append and inserted in the PostgreSQL thread's next commit,
   * in the same transaction as (before) the update rows posted with it. A room credits a client
   * id when its first update arrives, before that update is appended, so an acknowledged update's
   * author is stored with it; a credit that waited for the name rides the commit after the name
   * arrived. Kept and retried while PostgreSQL is down, like appends.
   */
  recordAuthor(boardId: string, clientId: number, name: string): void {
    this.authorsOutbox.push({ boardId, clientId, name });
    this.schedulePost();
  }

  listAuthors(boardId: string): Map<number, string> {
    // Queued credits go out first; the thread answers once its commits in progress are done.
    this.post();
    return new Map(this.call<[number, string][]>({ op: 'listAuthors', boardId }));
  }

  takeHistoryLease(boardId: string, ms: number): boolean {
    return this.call<boolean>({ op: 'takeHistoryLease', boardId, ms });
  }

  deleteNamedVersion(boardId: string, versionId: number): boolean {
    return this.call<boolean>({ op: 'deleteNamedVersion', boardId, versionId });
  }

  expireVersions(createdBefore: number): number {
    return this.call<number>({ op: 'expireVersions', createdBefore });
  }

  flush(): void {
    if (this.closed) return;
    this.post();
    if (this.failing) return;
    try {
      this.call({ op: 'flush' });
    } catch (err) {
      this.log.error({ err }, 'PostgreSQL flush failed');
    }
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

  checkWritable(): boolean {
    if (this.failing) return false;
    try {
      return this.call<boolean>({ op: 'checkWritable' });
    } catch {
      return false;
    }
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.failWaiting('storage closed');
    this.send({ kind: 'close' });
    // The thread ends its pool and closes its port; do not wait for it.
    setTimeout(() => void this.worker.terminate(), 2_000).unref();
  }

  private send(request: PgRequest): void {
    this.port.postMessage(request);
  }

  private schedulePost(): void {
    if (this.posting) return;
    this.posting = true;
    queueMicrotask(() => this.post());
  }

  private post(): void {
    this.posting = false;
    if ((this.outbox.length === 0 && this.authorsOutbox.length === 0) || this.closed) return;
    const items = this.outbox;
    const authors = this.authorsOutbox;
    this.outbox = [];
    this.authorsOutbox = [];
    this.send({ kind: 'append', items, authors });
  }

  /**
   * Runs a call in the PostgreSQL thread and blocks until it answers (the seam is synchronous).
   * While PostgreSQL is known to be failing, calls fail at once rather than block the loop.
   */
  private call<T = unknown>(call: PgCall, timeoutMs = this.callTimeoutMs, evenIfFailing = false): T {
    if (this.closed) throw new StorageUnavailableError('storage closed');
    if (this.failing && !evenIfFailing) throw new StorageUnavailableError(`PostgreSQL unavailable: ${this.storageFailure}`);
    const id = this.nextCall++;
    this.send({ kind: 'call', id, call });
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const before = Atomics.load(this.signal, 0);
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const r = m.message as PgReply;
        if (r.kind !== 'result' || r.id !== id) {
          this.onReply(r);
          continue;
        }
        if (r.ok) return r.value as T;
        if (r.unavailable) throw new StorageUnavailableError(`PostgreSQL unavailable: ${r.message}`);
        throw new Error(r.message);
      }
      const left = deadline - performance.now();
      if (left <= 0) throw new StorageUnavailableError(`PostgreSQL did not answer ${call.op} within ${timeoutMs} ms`);
      Atomics.wait(this.signal, 0, before, left);
    }
  }

  /**
   * Runs a call in the PostgreSQL thread without blocking: the answer arrives on the port like
   * any reply (or is drained by a synchronous call's wait, see `call`). Same failure rules.
   */
  private callAsync<T>(call: PgCall): Promise<T> {
    if (this.closed) return Promise.reject(new StorageUnavailableError('storage closed'));
    if (this.failing) return Promise.reject(new StorageUnavailableError(`PostgreSQL unavailable: ${this.storageFailure}`));
    const id = this.nextCall++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new StorageUnavailableError(`PostgreSQL did not answer ${call.op} within ${this.callTimeoutMs} ms`));
      }, this.callTimeoutMs);
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ kind: 'call', id, call });
    });
  }

  private failWaiting(why: string): void {
    for (const { reject, timer } of this.waiting.values()) {
      clearTimeout(timer);
      reject(new StorageUnavailableError(why));
    }
    this.waiting.clear();
  }

  private onReply(r: PgReply): void {
    switch (r.kind) {
      case 'result': {
        // An asynchronous call's answer (a synchronous call that timed out earlier has none).
        const waiting = this.waiting.get(r.id);
        if (!waiting) return;
        this.waiting.delete(r.id);
        clearTimeout(waiting.timer);
        if (r.ok) waiting.resolve(r.value);
        else waiting.reject(r.unavailable ? new StorageUnavailableError(`PostgreSQL unavailable: ${r.message}`) : new Error(r.message));
        return;
      }
      case 'health': {
        const was = this.failing;
        this.storageFailure = r.failing ? (r.reason ?? 'PostgreSQL failed') : null;
        if (was === r.failing) return;
        if (r.failing) this.log.error({ err: r.reason, unsettled: this.pending.size }, 'storage failing (PostgreSQL): updates cannot be stored; retrying');
        else this.log.warn('storage works again (PostgreSQL)');
        for (const listener of this.failingListeners) listener(r.failing);
        return;
      }
      case 'compacted':
        if (r.outcome === 'failed') this.log.warn({ boardId: r.boardId, err: r.detail }, 'PostgreSQL compaction failed; the log rows stay');
        else this.log.debug({ boardId: r.boardId, outcome: r.outcome, rows: r.rows }, 'PostgreSQL compaction');
        return;
      case 'durable': {
        this.metrics.persistBatches++;
        const durableAt = performance.now();
        for (const [seq, rowId] of r.acks) {
          const p = this.pending.get(seq);
          if (!p) continue;
          this.pending.delete(seq);
          this.metrics.persistLag.add((durableAt - p.receivedAt) / 1000);
          const left = (this.queuedPerBoard.get(p.boardId) ?? 1) - 1;
          if (left <= 0) this.queuedPerBoard.delete(p.boardId);
          else this.queuedPerBoard.set(p.boardId, left);
          if (rowId > 0) p.onDurable?.(rowId);
        }
        return;
      }
    }
  }
}
