// Worker entry: the server runs TypeScript through tsx (no build step), and a worker thread
// does not inherit the loader, so register it here before importing the real worker.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
