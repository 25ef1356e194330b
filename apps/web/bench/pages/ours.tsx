import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import '@xyflow/react/dist/style.css';
import '../../src/styles.css';
import { BoardView } from '../../src/board/BoardPage';
import { createRuntime } from '../../src/board/createRuntime';
import { installHooks } from './benchHooks';

// Our full board screen on a local document (no server), loaded the way a client
// receives a board: one Yjs update.
const t0 = performance.now();
const [bytes, meta] = await Promise.all([
  fetch('./board.bin').then(async (r) => new Uint8Array(await r.arrayBuffer())),
  fetch('./meta.json').then(async (r) => (await r.json()) as { nodes: number; edges: number }),
]);
const doc = new Y.Doc();
const t1 = performance.now();
Y.applyUpdate(doc, bytes);
const t2 = performance.now();
localStorage.setItem('stormscape.userName', 'Bench');
const runtime = createRuntime({ boardId: 'bench', token: 'bench', viewToken: null, readOnly: false, userName: 'Bench', network: false, doc });
const t3 = performance.now();
console.log(`timing script ${t0.toFixed(0)} fetched ${t1.toFixed(0)} applied ${t2.toFixed(0)} runtime ${t3.toFixed(0)}`);
requestAnimationFrame(() => console.log(`timing first frame ${performance.now().toFixed(0)}`));
installHooks((ids) => runtime.board.setSelection(ids), meta);
createRoot(document.getElementById('root')!).render(<BoardView runtime={runtime} />);
