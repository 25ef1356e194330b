/**
 * The soak (BENCH_ONLY=soak; 10 minutes, BENCH_SOAK_MS to shorten it): three of our nodes on
 * PostgreSQL + Redis under steady editing, cursors and clients joining and leaving (spread
 * over the nodes), with each node's RSS, heap (main thread and worker threads) and buffers after a
 * forced GC sampled every minute (read in the GC's own turn: bench/gcTrigger.mjs).
 * Stable means: on every node the last heap-after-GC sample (all threads) is at most 1.25× the first and
 * the last RSS at most 1.5× the first (the first is taken a minute in, once warm).
 */
import os from 'node:os';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../src/protocol/messages';
import { startBacking, startNodes, stopNodes } from './cluster';
import { sleep } from './scenarios';
import type { Memory, ServerHandle } from './servers';

const HEAP_LIMIT = 1.25;
const RSS_LIMIT = 1.5;

const o = {
  durationMs: Number(process.env.BENCH_SOAK_MS ?? 600_000),
  boards: 4,
  /** Per board: clients moving a cursor at `cursorHz`, the first `editors` also editing at `editHz`. */
  clients: 24,
  editors: 4,
  cursorHz: 5,
  editHz: 10,
  /** One client somewhere leaves and a new one joins (on the next node) this often. */
  churnMs: 500,
};

const EMPTY_STEP1 = encodeSyncStep1(Uint8Array.of(0));
const EMPTY_STEP2 = encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc()));

interface SoakClient {
  ws: WebSocket;
  timers: NodeJS.Timeout[];
}

let received = 0;
let droppedByServer = 0;
let stopping = false;

/** A raw protocol client: answers the server's sync step 1, moves a cursor, and edits when asked. */
function openClient(url: string, edits: boolean): SoakClient {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const client: SoakClient = { ws, timers: [] };
  ws.on('message', (data: Buffer) => {
    received++;
    if (data[0] === 0 && data[1] === 0) ws.send(EMPTY_STEP2);
  });
  ws.on('close', (code) => {
    if (!stopping && code !== 1000 && code !== 1005) droppedByServer++;
  });
  ws.on('error', () => undefined);
  ws.on('open', () => {
    ws.send(EMPTY_STEP1);
    const clientId = Math.floor(Math.random() * 2 ** 31);
    let clock = 0;
    client.timers.push(
      setInterval(() => {
        clock++;
        const state = `{"user":{"name":"Soak ${clientId}","color":"#64b5f6"},"cursor":{"x":${(clock * 7) % 1600},"y":${(clock * 3) % 900}}}`;
        if (ws.readyState === ws.OPEN) ws.send(encodeAwareness([{ clientId, clock, state }]));
      }, 1000 / o.cursorHz),
    );
    if (!edits) return;
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => ws.readyState === ws.OPEN && ws.send(encodeUpdate(u)));
    let n = 0;
    client.timers.push(setInterval(() => doc.getMap('soak').set(`k${n++ % 50}`, `${clientId}:${n}`), 1000 / o.editHz));
  });
  return client;
}

function closeClient(c: SoakClient): void {
  for (const t of c.timers) clearInterval(t);
  c.ws.close(1000);
}

const mb = (v: number) => (v / 1024 / 1024).toFixed(1);

export async function soak(nodeArgs: string[]): Promise<void> {
  const sampleEveryMs = Math.min(60_000, Math.max(5_000, Math.floor(o.durationMs / 5)));
  console.log(`\nSoak: 3 nodes on PostgreSQL + Redis for ${(o.durationMs / 60_000).toFixed(1)} min; ${o.boards} boards × ${o.clients} clients (cursors ${o.cursorHz} Hz, ${o.editors} editing ${o.editHz} Hz), one leave + join every ${o.churnMs} ms; memory sampled every ${sampleEveryMs / 1000} s.`);
  const backing = await startBacking();
  let nodes: ServerHandle[] = [];
  const clients: SoakClient[][] = [];
  let churn: NodeJS.Timeout | undefined;
  try {
    nodes = await startNodes(backing, 3, nodeArgs);
    const boards = await Promise.all(Array.from({ length: o.boards }, (_, i) => nodes[i % nodes.length]!.board(`Soak ${i}`)));
    let next = 0;
    const url = (b: number) => `ws://127.0.0.1:${nodes[next++ % nodes.length]!.port}/ws/${boards[b]!.id}?token=${boards[b]!.editToken}`;
    for (let b = 0; b < o.boards; b++) clients.push(Array.from({ length: o.clients }, (_, i) => openClient(url(b), i < o.editors)));
    let turn = 0;
    // Leaves and joins among the cursor-only clients (editors stay: steady editing throughout).
    churn = setInterval(() => {
      const b = turn++ % o.boards;
      const i = o.editors + Math.floor(Math.random() * (o.clients - o.editors));
      closeClient(clients[b]![i]!);
      clients[b]![i] = openClient(url(b), false);
    }, o.churnMs);
    const started = Date.now();
    const samples: { atS: number; memory: Memory[] }[] = [];
    while (Date.now() - started < o.durationMs) {
      await sleep(Math.min(sampleEveryMs, o.durationMs - (Date.now() - started)));
      samples.push({ atS: Math.round((Date.now() - started) / 1000), memory: await Promise.all(nodes.map((n) => n.memory())) });
      const last = samples.at(-1)!;
      console.log(`  ${last.atS} s: ${last.memory.map((m, i) => `node ${i + 1} RSS ${mb(m.rss)} MB heap ${mb(m.heap)} + ${mb(m.workersHeap)} (${m.workers} workers) MB buffers ${mb(m.buffers)} MB`).join(', ')} (load avg ${os.loadavg()[0]!.toFixed(1)})`);
    }
    stopping = true;
    clearInterval(churn);
    report(samples);
    console.log(`Messages received by the soak's clients: ${received}; connections closed by a server: ${droppedByServer}.`);
  } finally {
    stopping = true;
    if (churn) clearInterval(churn);
    for (const c of clients.flat()) closeClient(c);
    await stopNodes(nodes);
    await backing.close();
  }
}

function report(samples: { atS: number; memory: Memory[] }[]): void {
  if (samples.length < 2) {
    console.log('Too short for a first/last ratio (BENCH_SOAK_MS ≥ 10000).');
    return;
  }
  const nodeCount = samples[0]!.memory.length;
  // Heap: the main thread's and every worker thread's, each after its own full GC. Buffers (a
  // room's document lives in them, not in the heap) are shown, not judged: they hold the
  // boards, which grow while they are edited.
  const header = ['time (s)', ...Array.from({ length: nodeCount }, (_, i) => `node ${i + 1} RSS / heap (main + workers) / buffers (MB)`)];
  const rows = samples.map((s) => [String(s.atS), ...s.memory.map((m) => `${mb(m.rss)} / ${mb(m.heap + m.workersHeap)} (${mb(m.heap)} + ${mb(m.workersHeap)}) / ${mb(m.buffers)}`)]);
  const first = samples[0]!.memory;
  const last = samples.at(-1)!.memory;
  const ratios = first.map((f, i) => ({ rss: last[i]!.rss / f.rss, heap: (last[i]!.heap + last[i]!.workersHeap) / (f.heap + f.workersHeap) }));
  rows.push(['last / first', ...ratios.map((r, i) => `${r.rss.toFixed(2)} / ${r.heap.toFixed(2)} / ${(last[i]!.buffers / first[i]!.buffers).toFixed(2)}`)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  // A worker busy past the bench's wait answers late and is left out of that sample's heap.
  const short = samples.filter((s) => s.memory.some((m, i) => m.workers !== first[i]!.workers));
  if (short.length > 0) console.log(`\nFewer or more worker threads answered than at the first sample at ${short.map((s) => `${s.atS} s`).join(', ')}: those samples' heaps are not comparable.`);
  if (last.some((m, i) => m.workers !== first[i]!.workers)) {
    console.log('\nMemory not judged: the first and last samples counted different worker threads (rerun).');
    return;
  }
  const stable = ratios.every((r) => r.heap <= HEAP_LIMIT && r.rss <= RSS_LIMIT);
  console.log(`\nMemory ${stable ? 'stable' : 'NOT stable'}: criterion, on every node, last/first heap after GC (all threads) ≤ ${HEAP_LIMIT} and RSS ≤ ${RSS_LIMIT} (first sample taken once warm).`);
}
