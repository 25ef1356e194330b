import ELK from 'elkjs/lib/elk-api';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { ElkLayouter } from './layered';

// One ELK for the page, running in its own Web Worker (elkjs's worker build): the layered
// layout of the whole largest example takes about a second, which must not freeze the page.
let shared: ElkLayouter | null = null;

/** The page's ELK (Boris, the context map, their exports from any step). */
export const pageElk = (): ElkLayouter => (shared ??= new ELK({ workerUrl: elkWorkerUrl }));
