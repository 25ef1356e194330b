import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { DocRequest, DocResponse } from './docWorkerProtocol';

type Pending = { resolve: (r: DocResponse) => void; reject: (e: Error) => void };
type RequestBody = DocRequest extends infer R ? (R extends DocRequest ? Omit<R, 'id'> : never) : never;

/** One worker thread doing compaction and sync diffs; restarted if it dies. */
export class DocWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(private readonly log: Logger) {}

  /** Starts the thread now so the first room load does not pay for its boot. */
  warmUp(): void {
    this.ensureWorker();
  }

  compact(parts: Uint8Array[]): Promise<{ state: Uint8Array; stateVector: Uint8Array; name: string | null; skipped: number }> {
    return this.request({ kind: 'compact', parts }).then((r) => {
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

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private request(body: RequestBody): Promise<DocResponse> {
    if (this.closed) return Promise.reject(new Error('document worker closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ ...body, id });
    });
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
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
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
