import type { Target } from '@stormscape/codegen/browser';
import type { Board } from '@stormscape/model';
import GenerationWorker from './generate.worker?worker';
import type { GenerationResponse } from './protocol';
import type { GenerationResult } from './runGeneration';

/** Runs code generation for boards; only the newest request gets an answer. */
export interface Generator {
  /** Resolves with the result for `board` (every service as `target` if given), or null once a newer request supersedes it. */
  run(board: Board, target?: Target): Promise<GenerationResult | null>;
  dispose(): void;
}

interface Job {
  readonly id: number;
  readonly board: Board;
  readonly target: Target | undefined;
  readonly resolve: (result: GenerationResult | null) => void;
}

/**
 * Generation in a Web Worker, so the page stays responsive on big boards. One job runs
 * at a time; while it runs, newer requests replace each other (a busy board does not
 * pile up work). If the worker cannot start or dies, jobs run on the main thread after
 * a yield instead.
 */
export function createGenerator(): Generator {
  let nextId = 0;
  let running: Job | null = null;
  let queued: Job | null = null;
  let disposed = false;
  let worker: Worker | null = null;

  const finish = (id: number, result: GenerationResult) => {
    if (!running || running.id !== id) return;
    const job = running;
    running = null;
    // Superseded while it ran: its answer is already stale.
    job.resolve(queued ? null : result);
    if (queued && !disposed) start(queued);
  };

  const inline = (job: Job) => {
    // A macrotask later, so the view paints its "generating" state first.
    setTimeout(() => {
      void import('./runGeneration').then(
        (m) => finish(job.id, m.runGeneration(job.board, job.target)),
        (error: unknown) => finish(job.id, { ok: false, error: `Could not load the generator: ${String(error)}` }),
      );
    }, 0);
  };

  const start = (job: Job) => {
    queued = null;
    running = job;
    if (worker) worker.postMessage({ id: job.id, board: job.board, ...(job.target === undefined ? {} : { target: job.target }) });
    else inline(job);
  };

  try {
    const w = new GenerationWorker();
    w.onmessage = (event: MessageEvent<GenerationResponse>) => finish(event.data.id, event.data.result);
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker = null;
      if (running) inline(running);
    };
    worker = w;
  } catch {
    worker = null;
  }

  return {
    run(board, target) {
      return new Promise((resolve) => {
        if (disposed) return resolve(null);
        const job: Job = { id: ++nextId, board, target, resolve };
        queued?.resolve(null);
        if (running) queued = job;
        else start(job);
      });
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      running?.resolve(null);
      queued?.resolve(null);
      running = queued = null;
    },
  };
}
