import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { BoardFileError } from '@stormscape/model';
import type { BoardFileRequest, BoardFileResponse } from './boardFileProtocol';

type RequestBody = BoardFileRequest extends infer R ? (R extends BoardFileRequest ? Omit<R, 'id'> : never) : never;
type Pending = { resolve: (r: BoardFileResponse) => void; reject: (e: Error) => void };

/** Too many board-file jobs queued: the caller answers 503 and the client retries later. */
export class BoardFilesBusyError extends Error {}

export type CreatedState = { name: string; state: Uint8Array; migratedFrom: number | null };

/**
 * The REST API's whole-board work (import, export, create, rename, board history) on its own thread, apart
 * from the document worker so room loads and sync diffs never queue behind a big import.
 * Jobs run one at a time; at most `maxQueued` wait, later ones are refused (bounded memory:
 * each waiting import holds its body).
 */
export class BoardFileWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(
    private readonly log: Logger,
    private readonly maxQueued = 8,
  ) {}

  /** Starts the thread now so the first import or create does not pay for its boot. */
  warmUp(): void {
    this.ensureWorker();
  }

  /** Jobs sent and not answered yet (running + waiting). */
  get inFlight(): number {
    return this.pending.size;
  }

  async create(body: { kind: 'create-empty'; name: string } | { kind: 'create-example'; exampleId: string; name: string } | { kind: 'import'; file: Uint8Array }): Promise<CreatedState | { invalid: BoardFileError[] }> {
    let transfer: ArrayBuffer[] = [];
    if (body.kind === 'import') {
      // Transfer, never copy, a big body; but a small one may share Node's pooled buffer.
      const own = body.file.byteOffset === 0 && body.file.byteLength === body.file.buffer.byteLength ? body.file : new Uint8Array(body.file);
      body = { kind: 'import', file: own };
      transfer = [own.buffer as ArrayBuffer];
    }
    const r = await this.request(body, transfer);
    if (r.kind === 'created') return { name: r.name, state: r.state, migratedFrom: r.migratedFrom };
    if (r.kind === 'invalid') return { invalid: r.errors };
    throw unexpected(r);
  }

  async export(parts: Uint8Array[]): Promise<{ name: string; text: string }> {
    const r = await this.request({ kind: 'export', parts });
    if (r.kind === 'exported') return r;
    throw unexpected(r);
  }

  /** The update that sets the name in the document, or null when it already has that name. */
  async rename(parts: Uint8Array[], name: string): Promise<Uint8Array | null> {
    const r = await this.request({ kind: 'rename', parts, name });
    if (r.kind === 'renamed') return r.update;
    throw unexpected(r);
  }

  /** Board history: the whole document (one update) and its state vector. */
  async version(parts: Uint8Array[]): Promise<{ state: Uint8Array; stateVector: Uint8Array }> {
    const r = await this.request({ kind: 'version', parts });
    if (r.kind === 'versioned') return r;
    throw unexpected(r);
  }

  /** Board history: the update that brings the current document back to `version` (see `restoreUpdate`). */
  async restore(parts: Uint8Array[], version: Uint8Array): Promise<Uint8Array | null> {
    const r = await this.request({ kind: 'restore', parts, version });
    if (r.kind === 'restored') return r.update;
    throw unexpected(r);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error('board-file worker closed'));
    this.pending.clear();
    if (worker) await worker.terminate();
  }

  private request(body: RequestBody, transfer: ArrayBuffer[] = []): Promise<BoardFileResponse> {
    if (this.closed) return Promise.reject(new Error('board-file worker closed'));
    if (this.pending.size > this.maxQueued) return Promise.reject(new BoardFilesBusyError('too many imports/exports in progress'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ ...body, id }, transfer);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // The document worker's boot file registers the tsx loader, then imports `entry`.
    const worker = new Worker(new URL('../docs/docWorkerBoot.mjs', import.meta.url), {
      workerData: { entry: new URL('./boardFileThread.ts', import.meta.url).href },
    });
    worker.unref();
    worker.on('message', (m: { id: number; response: BoardFileResponse }) => {
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
      this.log.error({ err }, 'board-file worker failed');
      fail(err);
    });
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`board-file worker exited (${code})`));
    });
    this.worker = worker;
    return worker;
  }
}

function unexpected(r: BoardFileResponse): Error {
  return new Error(r.kind === 'error' ? r.message : `unexpected board-file worker reply ${r.kind}`);
}
