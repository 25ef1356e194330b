import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { AppendItem, AuthorItem } from './logWriterProtocol';
import type { PgCall, PgReply, PgRequest } from './pgProtocol';
import { StorageUnavailableError } from './Persistence';
import type { BoardRecord, BoardSummary, OnDurable, Persistence, StoredDoc, VersionInput, VersionSummary } from './Persistence';

export { StorageUnavailableError };

/** Buffers cross the thread boundary as plain Uint8Arrays. */
function boardFromThread(row: BoardRecord | null): BoardRecord | undefined {
  if (!row) return undefined;
  return { ...row, editTokenHash: Buffer.from(row.editTokenHash), viewTokenHash: Buffer.from(row.viewTokenHash), viewTokenSealed: row.viewTokenSealed ? Buffer.from(row.viewTokenSealed) : null };
}

function storedFromThread(stored: StoredDoc): StoredDoc {
  return { snapshot: stored.snapshot ? Buffer.from(stored.snapshot) : null, snapshotUpTo: stored.snapshotUpTo, updates: stored.updates.map((u) => ({ id: u.id, data: Buffer.from(u.data) })) };
}

interface Pending {
  boardId: string;
  receivedAt: number;
  onDurable: OnDurable | undefined;
}

export interface PgStoreOptions {
  /** How long a call may wait for the PostgreSQL thread's answer before it fails. */
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
 * PostgreSQL's COMMIT returned, i.e. its WAL is flushed. Every other call is a message to the
 * thread answered on the port: the event loop serves every room while PostgreSQL works, a call
 * fails after `callTimeoutMs` without an answer, and while PostgreSQL is unreachable calls fail
 * at once (`failing`) instead of waiting. Compaction runs in the thread under a lease.
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
  private closed = false;
  private storageFailure: string | null = null;
  private readonly failingListeners: ((failing: boolean) => void)[] = [];
  private readonly callTimeoutMs: number;
  /** Asynchronous calls waiting for the thread's answer, by call id. */
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }>();
  readonly nodeId: string;
  /**
   * The schema is migrated (resolves) or PostgreSQL was not reachable at start (rejects):
   * `listen` awaits it so a node without PostgreSQL fails its start; calls wait for it too.
   */
  readonly ready: Promise<void>;
  private schemaReady = false;

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
      workerData: { entry: new URL('./pgThread.ts', import.meta.url).href, databaseUrl, nodeId: this.nodeId, leaseMs: options.leaseMs ?? 30_000, port: port2 },
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
    // Schema first (the thread boots tsx, then connects); appends and calls wait for it.
    this.ready = this.send1<number>({ op: 'init' }, 120_000, true).then((applied) => {
      if (applied > 0) this.log.info({ migrations: applied }, 'PostgreSQL schema migrated');
      this.schemaReady = true;
      this.post();
    });
    // Awaited by `listen` and by every call; never an unhandled rejection meanwhile.
    this.ready.catch(() => undefined);
  }

  async createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void> {
    await this.call({ op: 'createBoard', record, initialState });
  }

  async getBoard(id: string): Promise<BoardRecord | undefined> {
    return boardFromThread(await this.call<BoardRecord | null>({ op: 'getBoard', id }));
  }

  listBoards(): Promise<BoardSummary[]> {
    return this.call<BoardSummary[]>({ op: 'listBoards' });
  }

  async renameBoard(id: string, name: string): Promise<void> {
    await this.call({ op: 'renameBoard', id, name });
  }

  /** Drops the board's queued appends and credits at once (before the round trip). */
  deleteBoard(id: string): Promise<boolean> {
    if (this.queuedPerBoard.has(id)) {
      for (const [seq, p] of this.pending) if (p.boardId === id) this.pending.delete(seq);
      this.outbox = this.outbox.filter((item) => item.boardId !== id);
      this.queuedPerBoard.delete(id);
    }
    this.authorsOutbox = this.authorsOutbox.filter((item) => item.boardId !== id);
    return this.call<boolean>({ op: 'deleteBoard', id });
  }

  async load(boardId: string): Promise<StoredDoc> {
    return storedFromThread(await this.call<StoredDoc>({ op: 'load', boardId }));
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

  saveVersion(boardId: string, version: VersionInput): Promise<number> {
    return this.call<number>({ op: 'saveVersion', boardId, version });
  }

  async listVersions(boardId: string): Promise<VersionSummary[]> {
    return (await this.call<VersionSummary[]>({ op: 'listVersions', boardId })).map((v) => ({ ...v, stateVector: Buffer.from(v.stateVector) }));
  }

  async getVersionState(boardId: string, versionId: number): Promise<Uint8Array | undefined> {
    const state = await this.call<Uint8Array | null>({ op: 'getVersionState', boardId, versionId });
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

  async listAuthors(boardId: string): Promise<Map<number, string>> {
    // Queued credits go out first; the thread answers once its commits in progress are done.
    this.post();
    return new Map(await this.call<[number, string][]>({ op: 'listAuthors', boardId }));
  }

  takeHistoryLease(boardId: string, ms: number): Promise<boolean> {
    return this.call<boolean>({ op: 'takeHistoryLease', boardId, ms });
  }

  deleteNamedVersion(boardId: string, versionId: number): Promise<boolean> {
    return this.call<boolean>({ op: 'deleteNamedVersion', boardId, versionId });
  }

  expireVersions(createdBefore: number): Promise<number> {
    return this.call<number>({ op: 'expireVersions', createdBefore });
  }

  /** Posts what is queued and resolves once the thread had one commit attempt for it (never throws). */
  async flush(): Promise<void> {
    if (this.closed) return;
    this.post();
    if (this.failing) return;
    try {
      await this.call({ op: 'flush' });
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

  async checkWritable(): Promise<boolean> {
    if (this.failing) return false;
    try {
      return await this.call<boolean>({ op: 'checkWritable' });
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    if (this.closed) return;
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
    // Before the schema is there, appends wait here (`ready` posts them).
    if ((this.outbox.length === 0 && this.authorsOutbox.length === 0) || this.closed || !this.schemaReady) return;
    const items = this.outbox;
    const authors = this.authorsOutbox;
    this.outbox = [];
    this.authorsOutbox = [];
    this.send({ kind: 'append', items, authors });
  }

  /** Runs a call in the PostgreSQL thread once the schema is ready (see `send1`). */
  private async call<T = unknown>(call: PgCall): Promise<T> {
    if (!this.schemaReady) await this.ready;
    return this.send1<T>(call, this.callTimeoutMs);
  }

  /**
   * Sends one call to the PostgreSQL thread; its answer arrives on the port (`onReply`). Fails
   * after `timeoutMs` without one, and at once while PostgreSQL is known to be failing.
   */
  private send1<T>(call: PgCall, timeoutMs: number, evenIfFailing = false): Promise<T> {
    if (this.closed) return Promise.reject(new StorageUnavailableError('storage closed'));
    if (this.failing && !evenIfFailing) return Promise.reject(new StorageUnavailableError(`PostgreSQL unavailable: ${this.storageFailure}`));
    const id = this.nextCall++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new StorageUnavailableError(`PostgreSQL did not answer ${call.op} within ${timeoutMs} ms`));
      }, timeoutMs);
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
        // A call's answer (one that timed out earlier has no waiter left).
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
      case 'warning':
        this.log.warn({ warning: r.message }, 'PostgreSQL thread warning');
        return;
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
