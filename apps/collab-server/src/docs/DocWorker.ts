import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { DocRequest, DocResponse } from './docWorkerProtocol';

type Pending = { resolve: (r: DocResponse) => void; reject: (e: Error) => void };
type RequestBody = DocRequest extends infer R ? (R extends DocRequest ? Omit<R, 'id'> : never) : never;
type Job = { body: RequestBody } & Pending;

/**
 * One worker thread doing compaction and sync diffs; restarted if it dies. Jobs are handed
 * to the thread one at a time, compactions (room loads) before waiting diffs: a flood of
 * sync requests on one board never delays another board's load by more than one diff.
 */
export class DocWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiting: { urgent: Job[]; diffs: Job[] } = { urgent: [], diffs: [] };
  private running = false;
  private closed = false;
  /** Jobs finished, by kind (tests and debugging). */
  readonly done = { compact: 0, diff: 0, missing: 0 };

  constructor(private readonly log: Logger) {}

  /** Starts the thread now so the first room load does not pay for its boot. */
  warmUp(): void {
    this.ensureWorker();
  }

  /**
   * Merges `parts` into one clean state. With `migrate` (room load only: no peer has the
   * base yet) the document is first brought to the current layout (`migrateDoc`), and
   * `migratedFrom` tells from which layout.
   */
  compact(
    parts: Uint8Array[],
    options: { migrate?: boolean } = {},
  ): Promise<{ state: Uint8Array; stateVector: Uint8Array; name: string | null; skipped: number; migratedFrom: number | null }> {
    return this.request({ kind: 'compact', parts, migrate: options.migrate === true }).then((r) => {
      if (r.kind !== 'compact') throw new Error(r.kind === 'error' ? r.message : 'unexpected worker reply');
      return r;
    });
  }

  diff(parts: Uint8Array[], stateVector: Uint8Array): Promise<Uint8Array> {
    return this.request({ kind: 'diff', parts, stateVector }).then((r) => {
      if (r.kind !== 'diff') throw new Error(r.kind === 'error' ? r.message : 'unexpected worker reply');
      return r.update;
    });
  }

  /** What `stored` has that `have` lacks (new items, new deletions) as one update; null when nothing. */
  missing(have: Uint8Array[], stored: Uint8Array[]): Promise<Uint8Array | null> {
    return this.request({ kind: 'missing', have, stored }).then((r) => {
      if (r.kind !== 'missing') throw new Error(r.kind === 'error' ? r.message : 'unexpected worker reply');
      return r.update;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    // Nothing would ever answer these: fail them now rather than leave their callers hanging.
    const unanswered = [...this.pending.values(), ...this.waiting.urgent, ...this.waiting.diffs];
    this.pending.clear();
    this.waiting.urgent = [];
    this.waiting.diffs = [];
    for (const p of unanswered) p.reject(new Error('document worker closed'));
    if (worker) await worker.terminate();
  }

  /** Diffs (and catch-up jobs) waiting for the thread (not counting the one it may be computing). */
  get queuedDiffs(): number {
    return this.waiting.diffs.length;
  }

  private request(body: RequestBody): Promise<DocResponse> {
    if (this.closed) return Promise.reject(new Error('document worker closed'));
    return new Promise((resolve, reject) => {
      (body.kind === 'compact' ? this.waiting.urgent : this.waiting.diffs).push({ body, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.closed) return;
    const job = this.waiting.urgent.shift() ?? this.waiting.diffs.shift();
    if (!job) return;
    this.running = true;
    const id = this.nextId++;
    const settle = () => {
      this.running = false;
      this.done[job.body.kind]++;
      this.next();
    };
    this.pending.set(id, {
      resolve: (r) => {
        settle();
        job.resolve(r);
      },
      reject: (e) => {
        settle();
        job.reject(e);
      },
    });
    this.ensureWorker().postMessage({ ...job.body, id });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./docWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL('./docWorkerThread.ts', import.meta.url).href },
    });
    worker.unref();
    worker.on('message', (m: { id: number; response: DocResponse }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      p?.resolve(m.response);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = null;
      // Clear first: a rejection hands the next job to a fresh thread.
      const failed = [...this.pending.values()];
      this.pending.clear();
      for (const p of failed) p.reject(err);
    };
    worker.on('error', (err) => {
      this.log.error({ err }, 'document worker failed');
      fail(err);
    });
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`document worker exited (${code})`));
    });
    this.worker = worker;
    return worker;
  }
}
