// Preloaded into the server under test (`--import`): a full GC on the benchmark's request over
// the IPC channel, so heap figures are comparable and production code carries no GC hook.
// The reply carries `process.memoryUsage()` read in the same turn as the GC, as the stock
// server's `/__bench/mem` does: read later (a `/metrics` scrape one HTTP round trip on), a busy
// server has refilled up to a young generation's worth of garbage, and the soak's heap samples
// swung 31 ↔ 41 MB with no growth in the heap snapshots.
// Plain JavaScript: worker threads inherit `--import` without the tsx loader.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('message', (message) => {
    if (message !== 'gc') return;
    globalThis.gc?.();
    process.send?.({ gcDone: process.memoryUsage() });
  });
}
