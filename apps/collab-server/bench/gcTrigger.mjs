// Preloaded into the server under test (`--import`): a full GC on the benchmark's request over
// the IPC channel, so heap figures are comparable and production code carries no GC hook.
// The reply carries `process.memoryUsage()` read in the same turn as the GC, as the stock
// server's `/__bench/mem` does: read later (a `/metrics` scrape one HTTP round trip on), a busy
// server has refilled up to a young generation's worth of garbage, and the soak's heap samples
// swung 31 ↔ 41 MB with no growth in the heap snapshots.
// Worker threads (the document worker, the storage threads) load this file too (they inherit
// `--import` and `--expose-gc`): asked on a BroadcastChannel, each collects its own garbage and
// answers with its heap, so a leak in a worker shows up as well as one in the main thread.
// Plain JavaScript: worker threads inherit `--import` without the tsx loader.
import { getHeapStatistics } from 'node:v8';
import { BroadcastChannel, isMainThread, threadId } from 'node:worker_threads';

/** How long the main thread waits for the workers' answers; a worker busy longer is left out (and counted). */
const WORKER_ANSWER_MS = 200;

const channel = new BroadcastChannel('stormscape-bench-gc');
if (isMainThread) {
  let round = 0;
  process.on('message', (message) => {
    if (message !== 'gc') return;
    const asked = ++round;
    const workerHeaps = new Map();
    channel.onmessage = ({ data }) => {
      if (data.round === asked && data.threadId !== undefined) workerHeaps.set(data.threadId, data.heapUsed);
    };
    channel.unref();
    channel.postMessage({ round: asked });
    setTimeout(() => {
      globalThis.gc?.();
      const memory = process.memoryUsage();
      let workersHeap = 0;
      for (const heap of workerHeaps.values()) workersHeap += heap;
      process.send?.({ gcDone: { ...memory, workersHeap, workers: workerHeaps.size } });
    }, WORKER_ANSWER_MS);
  });
} else {
  channel.onmessage = ({ data }) => {
    if (data.threadId !== undefined) return; // another worker's answer
    globalThis.gc?.();
    channel.postMessage({ round: data.round, threadId, heapUsed: getHeapStatistics().used_heap_size });
  };
}
// Never keeps a thread alive.
channel.unref();
