// Preloaded into the server under test (`--import`): a full GC on the benchmark's request over
// the IPC channel, so heap figures are comparable and production code carries no GC hook.
// Plain JavaScript: worker threads inherit `--import` without the tsx loader.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('message', (message) => {
    if (message !== 'gc') return;
    globalThis.gc?.();
    process.send?.('gc-done');
  });
}
