/** The scenarios S1–S4, each run against one server handle. */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import * as Y from 'yjs';
import { serialiseBoard } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { generateLargeBoard } from '@stormscape/model/testing';
import { boardToDoc } from '@stormscape/model/yjs';
import { encodeSyncStep1, encodeUpdate } from '../src/protocol/messages';
import { Histogram } from './common';
import type { Command, Report, Task } from './loadWorker';
import type { TailAttribution } from './s1Tail';
import { attributeTail } from './s1Tail';
import type { SchedSample } from './sched';
import { machineCpu, readSched, schedDelta, WaitSampler } from './sched';
import type { PersistLag, ServerHandle, ServerProbe } from './servers';
import { packageDir } from './servers';
import { WebSocket } from 'ws';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Extra node flags for the load processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the clients. */
const loadNodeArgs = (process.env.BENCH_LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** One load-generating child process. */
class Load {
  private readonly child: ChildProcess;
  private readonly waiting: ((m: { ev: string; report?: Report; message?: string }) => void)[] = [];

  /** `nice`: how many nice steps below the servers (and this process) it runs; it sets that itself at start. */
  constructor(nice = 0) {
    const env = nice === 0 ? process.env : { ...process.env, BENCH_LOAD_PROCESS_NICE: String(nice) };
    this.child = fork(path.join(packageDir, 'bench/loadWorker.ts'), [], { execArgv: [...loadNodeArgs, '--import', 'tsx'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (m: { ev: string; report?: Report; message?: string }) => this.waiting.shift()?.(m));
  }

  private ask(command: Command, timeoutMs = 120_000): Promise<{ ev: string; report?: Report; message?: string }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`load process did not answer ${command.cmd}`)), timeoutMs);
      this.waiting.push((m) => {
        clearTimeout(timer);
        if (m.ev === 'error') reject(new Error(m.message));
        else resolve(m);
      });
      this.child.send(command);
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  async setup(task: Task): Promise<void> {
    await this.ask({ cmd: 'setup', task });
  }

  tell(cmd: 'go' | 'measure' | 'stop'): void {
    this.child.send({ cmd } satisfies Command);
  }

  async report(): Promise<Report> {
    return (await this.ask({ cmd: 'report' })).report!;
  }

  /** Asks the process to exit (so a CPU profile gets written), killing it if it does not within 5 s. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    if (this.child.connected) this.child.send({ cmd: 'exit' } satisfies Command);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

function merged(reports: Report[], kind: string): Histogram {
  const h = new Histogram();
  for (const r of reports) if (r.hist[kind]) h.merge(r.hist[kind]);
  return h;
}

const wsUrl = (s: ServerHandle, boardId: string, token: string) => `ws://127.0.0.1:${s.port}/ws/${boardId}?token=${token}`;

async function withLoads<T>(count: number, run: (loads: Load[]) => Promise<T>, nice = 0): Promise<T> {
  const loads = Array.from({ length: count }, () => new Load(nice));
  try {
    return await run(loads);
  } finally {
    await Promise.all(loads.map((l) => l.kill()));
  }
}

export interface S1Result {
  loadCpu: number;
  p50: number;
  p99: number;
  /** Per update and load process: latency of the first probe to get it, and first → last receipt. */
  firstP50: number;
  firstP99: number;
  spreadP50: number;
  spreadP99: number;
  /** Several nodes: viewers on the writer's node vs on another one (through Redis). */
  byNode: { sameP50: number; sameP99: number; otherP50: number; otherP99: number } | null;
  probe: ServerProbe;
  delivered: number;
  cpu: number;
  /** CPU of each node (one core = 1), when the board is served by several. */
  cpuPerNode: number[];
  closed: number;
  /** Nice value of the load processes (absolute; the servers run at this process's). */
  loadNice: number;
  /** While measuring: the server's main thread and each viewer process's main thread (bench/sched.ts). */
  serverSched: SchedSample;
  viewerSched: SchedSample[];
  measureMs: number;
  tail: TailAttribution;
  /** CPU per writer update (ms): the server (all threads) and each viewer process. */
  cpuPerUpdate: { server: number; viewers: number[] };
  /** The whole machine while measuring: busy cores (of `cores`), and its CPU per writer update (ms). */
  machine: { busyCores: number; cores: number; msPerUpdate: number };
}

/** CPU seconds of every node so far, and the per-node share of one core since then. */
const cpuMeter = (nodes: ServerHandle[]) => {
  const at = nodes.map((n) => n.cpuSeconds());
  return (ms: number) => nodes.map((n, i) => (n.cpuSeconds() - at[i]!) / (ms / 1000));
};

export interface S1Options {
  viewers: number;
  hz: number;
  warmupMs: number;
  measureMs: number;
  /**
   * How many nice steps below the servers the writer and viewer processes run. 0 (default):
   * they compete with the server for the CPU as equals; 19: the server gets a core whenever
   * it is runnable, as when the clients are other machines (README, bench section).
   */
  loadNice?: number;
}

/**
 * S1: one writer at 60 Hz, 500 passive viewers on one board. With several `nodes` (one board
 * on servers sharing PostgreSQL and Redis) the writer is on the first and the viewers are
 * spread evenly, viewer i on node i mod n; `server` is the first node.
 */
export async function s1(server: ServerHandle, o: S1Options = { viewers: 500, hz: 60, warmupMs: 2_000, measureMs: 10_000 }, nodes: ServerHandle[] = [server]): Promise<S1Result> {
  const board = await server.board('S1');
  let next = 0;
  const viewerUrl = () => wsUrl(nodes[next++ % nodes.length]!, board.id, board.viewToken);
  const initial = Buffer.from(Y.encodeStateAsUpdate(boardToDoc(getExample('food-delivery')!.board))).toString('base64');
  const loadNice = o.loadNice ?? 0;
  return withLoads(
    3,
    async ([writer, ...viewers]) => {
      await writer!.setup({ role: 'writers', url: wsUrl(server, board.id, board.editToken), count: 1, hz: o.hz, initial, senderBase: 0 });
      await sleep(300);
      const per = o.viewers / viewers.length;
      const urls = viewers.map(() => Array.from({ length: per }, viewerUrl));
      await Promise.all(viewers.map((v, i) => v.setup({ role: 'viewers', urls: urls[i]!, probeEvery: 1, nodes: nodes.length, firstIndex: i * per })));
      writer!.tell('go');
      await sleep(o.warmupMs);
      const cpuSince = cpuMeter(nodes);
      const machineSince = machineCpu();
      const sampler = new WaitSampler([server.pid, ...viewers.map((v) => v.pid)]);
      const schedAt = [server.pid, ...viewers.map((v) => v.pid)].map(readSched);
      for (const v of viewers) v.tell('measure');
      server.probeStart();
      sampler.start();
      await sleep(o.measureMs);
      writer!.tell('stop');
      const schedNow = [server.pid, ...viewers.map((v) => v.pid)].map(readSched);
      const cpuPerNode = cpuSince(o.measureMs);
      const machine = machineSince();
      const cpu = cpuPerNode[0]!;
      const probe = await server.probeReport();
      await sleep(1_000);
      sampler.stop();
      const reports = await Promise.all(viewers.map((v) => v.report()));
      const h = merged(reports, 'w');
      const first = merged(reports, 'wFirst');
      const spread = merged(reports, 'wSpread');
      const same = merged(reports, 'wSame');
      const cross = merged(reports, 'wCross');
      const [serverSched, ...viewerSched] = schedAt.map((a, i) => schedDelta(a, schedNow[i]!));
      return {
        loadCpu: Math.max(...reports.map((r) => r.cpu)),
        p50: h.quantile(0.5),
        p99: h.quantile(0.99),
        firstP50: first.quantile(0.5),
        firstP99: first.quantile(0.99),
        spreadP50: spread.quantile(0.5),
        spreadP99: spread.quantile(0.99),
        byNode: nodes.length > 1 ? { sameP50: same.quantile(0.5), sameP99: same.quantile(0.99), otherP50: cross.quantile(0.5), otherP99: cross.quantile(0.99) } : null,
        delivered: h.total / ((o.hz * o.measureMs) / 1000) / o.viewers,
        cpu,
        cpuPerNode,
        probe,
        closed: reports.reduce((n, r) => n + r.closedEarly, 0),
        loadNice: reports[0]!.nice,
        serverSched: serverSched!,
        viewerSched,
        measureMs: o.measureMs,
        tail: attributeTail(reports, sampler, 1),
        cpuPerUpdate: { server: (cpu * 1000) / o.hz, viewers: reports.map((r) => (r.cpu * 1000) / o.hz) },
        machine: { ...machine, msPerUpdate: (machine.busyCores * 1000) / o.hz },
      };
    },
    loadNice,
  );
}

export interface S2Result {
  loadCpu: number;
  docP50: number;
  docP99: number;
  docDelivered: number;
  cursorP50: number;
  cursorP99: number;
  cursorSamples: number;
  cpu: number;
  cpuPerNode: number[];
  /** The whole machine while measuring: busy cores (of `cores`). */
  machine: { busyCores: number; cores: number };
  closed: number;
  persist: PersistLag | null;
  /** Presence messages held back from slow consumers (ours only). */
  awarenessSkipped: number | null;
  /**
   * Presence messages per client per second while measuring, over all nodes (ours only):
   * `out` sent to clients, `in` received from them (each stock client echoes every one).
   * Counts, not latency: comparable across runs at different load.
   */
  presencePerClient: { in: number; out: number } | null;
  /** Several nodes: cursors from a client on the receiver's node vs on another node (through Redis). */
  cursorByNode: { sameP50: number; sameP99: number; otherP50: number; otherP99: number } | null;
  /** Document update messages each client got per second (over all nodes): merging shows here. */
  documentsPerClient: number | null;
}

/**
 * S2: 200 active clients moving cursors at 20 Hz, 5 of them dragging stickies at 30 Hz. With
 * several `nodes`, client i of each load process is on node i mod n (`server` is the first).
 */
export async function s2(server: ServerHandle, o = { clients: 200, cursorHz: 20, draggers: 5, dragHz: 30, probeEvery: 5, warmupMs: 3_000, measureMs: 10_000, echo: true }, nodes: ServerHandle[] = [server]): Promise<S2Result> {
  const board = await server.board('S2');
  return withLoads(2, async (loads) => {
    const half = o.clients / 2;
    const urls = Array.from({ length: half }, (_, i) => wsUrl(nodes[i % nodes.length]!, board.id, board.editToken));
    await Promise.all(
      loads.map((l, i) =>
        l.setup({
          role: 'active',
          urls,
          cursorHz: o.cursorHz,
          draggers: i === 0 ? Math.ceil(o.draggers / 2) : Math.floor(o.draggers / 2),
          dragHz: o.dragHz,
          probeEvery: o.probeEvery,
          senderBase: i * 10_000,
          echoAwareness: o.echo,
          nodes: nodes.length,
        }),
      ),
    );
    for (const l of loads) l.tell('go');
    await sleep(o.warmupMs);
    const cpuSince = cpuMeter(nodes);
    const machineSince = machineCpu();
    const presenceAt = await Promise.all(nodes.map((n) => n.awarenessMessages()));
    for (const l of loads) l.tell('measure');
    await sleep(o.measureMs);
    for (const l of loads) l.tell('stop');
    const cpuPerNode = cpuSince(o.measureMs);
    const machine = machineSince();
    const presenceNow = await Promise.all(nodes.map((n) => n.awarenessMessages()));
    const presenceDelta = (k: 'in' | 'out' | 'documentsOut') => presenceNow.reduce((n, now, i) => n + (now?.[k] ?? 0) - (presenceAt[i]?.[k] ?? 0), 0) / o.clients / (o.measureMs / 1000);
    const cpu = cpuPerNode[0]!;
    await sleep(2_000);
    const reports = await Promise.all(loads.map((l) => l.report()));
    const doc = merged(reports, 'd');
    const cursor = merged(reports, 'a');
    const cursorSame = merged(reports, 'aSame');
    const cursorCross = merged(reports, 'aCross');
    // Each probe should see every drag frame sent while measuring, except its own.
    const probes = o.clients / o.probeEvery;
    const sum = (f: (r: Report) => number) => reports.reduce((n, r) => n + f(r), 0);
    const expectedDocs = sum((r) => r.sentMeasured.d!) * probes - sum((r) => r.sentByProbes.d!);
    return {
      loadCpu: Math.max(...reports.map((r) => r.cpu)),
      docP50: doc.quantile(0.5),
      docP99: doc.quantile(0.99),
      docDelivered: doc.total / expectedDocs,
      cursorP50: cursor.quantile(0.5),
      cursorP99: cursor.quantile(0.99),
      cursorSamples: cursor.total,
      cursorByNode: nodes.length > 1 ? { sameP50: cursorSame.quantile(0.5), sameP99: cursorSame.quantile(0.99), otherP50: cursorCross.quantile(0.5), otherP99: cursorCross.quantile(0.99) } : null,
      cpu,
      cpuPerNode,
      machine,
      closed: reports.reduce((n, r) => n + r.closedEarly, 0),
      persist: await server.persistLag(),
      awarenessSkipped: await server.awarenessSkipped(),
      presencePerClient: server.kind === 'stock' ? null : { in: presenceDelta('in'), out: presenceDelta('out') },
      documentsPerClient: server.kind === 'stock' ? null : presenceDelta('documentsOut'),
    };
  });
}

export interface S3Result {
  boards: number;
  updateBytes: number;
  heapPerBoard: number;
  buffersPerBoard: number;
  rssPerBoard: number;
  releasedAfterS: number | null;
  heapAfterLeave: number;
}

/** Opens a raw client on a board; optionally pushes `state`; resolves once synced. */
function holder(url: string, state: Uint8Array | null): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('open', () => {
      if (state) ws.send(encodeUpdate(state));
      ws.send(encodeSyncStep1(Uint8Array.of(0)));
    });
    ws.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) resolve(ws);
    });
    ws.on('error', reject);
  });
}

/** S3: memory per open 2,000-sticky board, and after everyone leaves. */
export async function s3(server: ServerHandle, o = { boards: 8, stickies: 2_000, waitAfterLeaveMs: 60_000 }): Promise<S3Result> {
  const files = Array.from({ length: o.boards }, (_, i) => generateLargeBoard({ stickies: o.stickies, links: 800, contexts: 10, seed: i + 1 }));
  const states = files.map((b) => Y.encodeStateAsUpdate(boardToDoc(b)));
  const boards = [];
  for (let i = 0; i < o.boards; i++) boards.push(server.kind === 'ours' ? await server.importBoard(serialiseBoard(files[i]!)) : await server.board(`S3-${i}`));
  // Baseline: the lowest of a few readings, once the imports' garbage is gone.
  let base = await server.memory();
  for (let i = 0; i < 3; i++) {
    await sleep(400);
    const m = await server.memory();
    if (m.heap + m.buffers < base.heap + base.buffers) base = m;
  }
  const sockets: WebSocket[] = [];
  for (let i = 0; i < o.boards; i++) sockets.push(await holder(wsUrl(server, boards[i]!.id, boards[i]!.editToken), server.kind === 'stock' ? states[i]! : null));
  await sleep(1_000);
  const open = await server.memory();
  for (const ws of sockets) ws.close();
  const started = Date.now();
  let releasedAfterS: number | null = null;
  let after = open;
  while (Date.now() - started < o.waitAfterLeaveMs) {
    await sleep(2_000);
    after = await server.memory();
    // "Back to baseline": at least 90% of what the open boards added is released.
    if (after.heap + after.buffers - (base.heap + base.buffers) <= 0.1 * (open.heap + open.buffers - (base.heap + base.buffers))) {
      releasedAfterS = (Date.now() - started) / 1000;
      break;
    }
  }
  return {
    boards: o.boards,
    updateBytes: states.reduce((n, s) => n + s.byteLength, 0) / o.boards,
    heapPerBoard: (open.heap - base.heap) / o.boards,
    buffersPerBoard: (open.buffers - base.buffers) / o.boards,
    rssPerBoard: (open.rss - base.rss) / o.boards,
    releasedAfterS,
    heapAfterLeave: after.heap + after.buffers - (base.heap + base.buffers),
  };
}

export interface S4Result extends PersistLag {
  writers: number;
  hz: number;
}

/** S4: receipt-to-fsync lag under steady editing (20 editors at 30 Hz), from the server's own metric. */
export async function s4(server: ServerHandle, o = { writers: 20, hz: 30, measureMs: 8_000 }): Promise<S4Result | null> {
  if (server.kind === 'stock') return null;
  const board = await server.board('S4');
  return withLoads(1, async ([load]) => {
    await load!.setup({ role: 'writers', url: wsUrl(server, board.id, board.editToken), count: o.writers, hz: o.hz, initial: null, senderBase: 0 });
    load!.tell('go');
    await sleep(o.measureMs);
    load!.tell('stop');
    await sleep(300);
    const lag = (await server.persistLag())!;
    return { writers: o.writers, hz: o.hz, ...lag };
  });
}
