/**
 * A load-generating process for the benchmark: lightweight raw y-websocket protocol clients
 * (no Y.Doc per viewer), so the generator is not the bottleneck. Controlled over IPC.
 */
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../src/protocol/messages';
import { Histogram, marker, now, scanMarkers } from './common';
import { lowerPriority } from './sched';

/**
 * The priority the orchestrator asked for (nice steps below its own, bench/scenarios.ts `Load`),
 * set before any socket opens: a lower priority models clients on other machines (README).
 */
const nice = lowerPriority(Number(process.env.BENCH_LOAD_PROCESS_NICE ?? 0));

export type Task =
  /** S1 viewers / S3 holders: sync, then time every writer marker they receive. */
  | {
      role: 'viewers';
      urls: string[];
      probeEvery: number;
      /** Several nodes: url i is on node (firstIndex + i) mod nodes, the writer on node 0; updates are also timed per same/other node. */
      nodes?: number;
      firstIndex?: number;
    }
  /** S1 writer / S4 editors: push `initial` once, then write a marker at `hz`. */
  | { role: 'writers'; url: string; count: number; hz: number; initial: string | null; senderBase: number }
  /** S2: every client moves a cursor at `cursorHz`; the first `draggers` also drag at `dragHz`. */
  | {
      role: 'active';
      /** One per client (clients of one board may be on different nodes). */
      urls: string[];
      cursorHz: number;
      draggers: number;
      dragHz: number;
      probeEvery: number;
      senderBase: number;
      /** Send every received awareness message back, as the stock y-websocket client does. */
      echoAwareness: boolean;
      /** Nodes the urls alternate over (url i on node i mod nodes): cursors are also timed per same/other node. */
      nodes?: number;
    };

/** setup → ready; go starts sending; measure starts recording latencies; stop; report; exit. */
export type Command = { cmd: 'setup'; task: Task } | { cmd: 'go' } | { cmd: 'measure' } | { cmd: 'stop' } | { cmd: 'report' } | { cmd: 'exit' };

export interface Report {
  hist: Record<string, { counts: Record<number, number>; total: number }>;
  sent: Record<string, number>;
  sentMeasured: Record<string, number>;
  sentByProbes: Record<string, number>;
  messages: number;
  closedEarly: number;
  /** CPU this load process used while measuring, as a fraction of one core. */
  cpu: number;
  /** Its main thread's nice value (absolute). */
  nice: number;
  /** Each writer update measured: [sent, first receipt, last receipt] (wall-clock ms). */
  updates: [number, number, number][];
}

const EMPTY_STEP1 = encodeSyncStep1(Uint8Array.of(0));
const EMPTY_STEP2 = encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc()));

const hist: Record<string, Histogram> = { w: new Histogram(), d: new Histogram(), a: new Histogram() };
/**
 * S2 on several nodes: cursors from a client on the receiver's own node (`aSame`) and from one on
 * another node (`aCross`, through Redis), so one run says what the cross-node hop adds.
 */
let nodeCount = 1;
const A = 'a'.charCodeAt(0);
const sameNode = (sender: number, self: number) => (sender % 10_000) % nodeCount === (self % 10_000) % nodeCount;
const sent: Record<string, number> = { w: 0, d: 0, a: 0 };
/** Sends made while measuring, and those of them whose sender is itself a probe (it skips its own). */
const sentMeasured: Record<string, number> = { w: 0, d: 0, a: 0 };
const sentByProbes: Record<string, number> = { w: 0, d: 0, a: 0 };
const count = (kind: string, probe: boolean) => {
  sent[kind]!++;
  if (now() >= goAt) {
    sentMeasured[kind]!++;
    if (probe) sentByProbes[kind]!++;
  }
};
const W = 'w'.charCodeAt(0);
/**
 * For each writer update: when the first and the last of this process's probes got it. The
 * first receipt is about the server's turn plus one send; the spread is the server's sends to
 * the other peers and this process's own handling of the others, one socket after another.
 */
const writerUpdates = new Map<number, Map<number, { sentAt: number; first: number; last: number }>>();
function noteWriterUpdate(sender: number, sentAt: number, at: number): void {
  // Keyed by numbers, not a `sender:time` string built per message (this runs 250× per update).
  let bySender = writerUpdates.get(sender);
  if (!bySender) writerUpdates.set(sender, (bySender = new Map()));
  const seen = bySender.get(sentAt);
  if (seen) seen.last = at;
  else bySender.set(sentAt, { sentAt, first: at, last: at });
}
let messages = 0;
let closedEarly = 0;
let goAt = Number.POSITIVE_INFINITY;
let cpuAtGo = process.cpuUsage();
let cpuAtStop: NodeJS.CpuUsage | null = null;
let stopAt = 0;
let stopping = false;
const sockets: WebSocket[] = [];
const timers: NodeJS.Timeout[] = [];

function send(msg: object): void {
  process.send?.(msg);
}

/** Opens a raw client; resolves once the server's sync step 2 arrived. */
function open(url: string, probe: boolean, self: number, echo = false, writerKey: string | null = null): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    let synced = false;
    ws.on('open', () => ws.send(EMPTY_STEP1));
    ws.on('message', (data: Buffer) => {
      messages++;
      if (data[0] === 0 && data[1] === 0) ws.send(EMPTY_STEP2);
      // The stock provider re-broadcasts every awareness change it applies, remote ones included.
      if (echo && data[0] === 1 && !stopping) ws.send(data);
      if (!synced && data[0] === 0 && data[1] === 1) {
        synced = true;
        resolve(ws);
      }
      if (probe) {
        const at = now();
        scanMarkers(data, (kind, sender, sentAt) => {
          if (sentAt < goAt || sender === self) return;
          hist[String.fromCharCode(kind)]?.add(at - sentAt);
          if (kind === W) {
            noteWriterUpdate(sender, sentAt, at);
            if (writerKey) (hist[writerKey] ??= new Histogram()).add(at - sentAt);
          }
          if (kind === A && nodeCount > 1) (hist[sameNode(sender, self) ? 'aSame' : 'aCross'] ??= new Histogram()).add(at - sentAt);
        });
      }
    });
    ws.on('close', () => {
      if (!stopping) closedEarly++;
    });
    ws.on('error', (err) => (synced ? undefined : reject(err)));
    sockets.push(ws);
  });
}

async function openAll(urls: string[], probe: (i: number) => boolean, self: (i: number) => number, echo = false, writerKey: (i: number) => string | null = () => null): Promise<WebSocket[]> {
  const out: WebSocket[] = [];
  for (let i = 0; i < urls.length; i += 25) out.push(...(await Promise.all(urls.slice(i, i + 25).map((u, j) => open(u, probe(i + j), self(i + j), echo, writerKey(i + j))))));
  return out;
}

/** Calls `tick` at `hz`, phase-shifted, catching up at most one missed beat. */
function every(hz: number, phase: number, tick: () => void): void {
  const period = 1000 / hz;
  let due = now() + phase * period;
  const loop = () => {
    if (stopping) return;
    tick();
    due += period;
    const wait = due - now();
    if (wait < -period) due = now();
    timers.push(setTimeout(loop, Math.max(0, wait)));
  };
  timers.push(setTimeout(loop, Math.max(0, due - now())));
}

let start: () => void = () => {};

async function setup(task: Task): Promise<void> {
  if (task.role === 'viewers') {
    // Several nodes: S1's latency split by whether the viewer is on the writer's node (wSame) or not (wCross, through Redis).
    const nodes = task.nodes ?? 1;
    const writerKey = (i: number) => (nodes > 1 ? ((task.firstIndex ?? 0) + i) % nodes === 0 ? 'wSame' : 'wCross' : null);
    await openAll(task.urls, (i) => i % task.probeEvery === 0, () => -1, false, writerKey);
    return;
  }
  if (task.role === 'writers') {
    const clients = await openAll(Array(task.count).fill(task.url) as string[], () => false, () => -1);
    if (task.initial) clients[0]!.send(encodeUpdate(Buffer.from(task.initial, 'base64')));
    start = () =>
      clients.forEach((ws, i) => {
        const doc = new Y.Doc();
        doc.on('update', (u: Uint8Array) => ws.readyState === ws.OPEN && ws.send(encodeUpdate(u)));
        every(task.hz, i / clients.length, () => {
          doc.getMap('bench').set('p', marker('w', task.senderBase + i));
          count('w', false);
        });
      });
    return;
  }
  nodeCount = task.nodes ?? 1;
  const clients = await openAll(task.urls, (i) => i % task.probeEvery === 0, (i) => task.senderBase + i, task.echoAwareness);
  start = () =>
    clients.forEach((ws, i) => {
      const self = task.senderBase + i;
      const clientId = Math.floor(Math.random() * 2 ** 31);
      let clock = 0;
      every(task.cursorHz, i / clients.length, () => {
        const state = `{"user":{"name":"User ${self}","color":"#e57373"},"cursor":{"x":${(clock * 7) % 1600},"y":${(clock * 3) % 900}},"m":"${marker('a', self)}"}`;
        if (ws.readyState === ws.OPEN) ws.send(encodeAwareness([{ clientId, clock: ++clock, state }]));
        count('a', i % task.probeEvery === 0);
      });
      if (i < task.draggers) {
        const doc = new Y.Doc();
        doc.on('update', (u: Uint8Array) => ws.readyState === ws.OPEN && ws.send(encodeUpdate(u)));
        let n = 0;
        every(task.dragHz, i / task.draggers, () => {
          n++;
          doc.getMap('stickies-pos').set(`s${self}`, { x: n % 1000, y: n % 700, m: marker('d', self) });
          count('d', i % task.probeEvery === 0);
        });
      }
    });
}

process.on('message', (command: Command) => {
  if (command.cmd === 'setup') {
    setup(command.task).then(
      () => send({ ev: 'ready' }),
      (err: unknown) => send({ ev: 'error', message: String(err) }),
    );
  } else if (command.cmd === 'go') {
    start();
  } else if (command.cmd === 'measure') {
    goAt = now();
    cpuAtGo = process.cpuUsage();
  } else if (command.cmd === 'stop') {
    cpuAtStop = process.cpuUsage(cpuAtGo);
    stopAt = now();
    stopping = true;
    for (const t of timers) clearTimeout(t);
  } else if (command.cmd === 'report') {
    stopping = true;
    const used = cpuAtStop ?? process.cpuUsage(cpuAtGo);
    const cpu = (used.user + used.system) / 1000 / Math.max(1, (stopAt || now()) - goAt);
    const first = new Histogram();
    const spread = new Histogram();
    const updates: [number, number, number][] = [];
    for (const u of [...writerUpdates.values()].flatMap((m) => [...m.values()])) {
      first.add(u.first - u.sentAt);
      spread.add(u.last - u.first);
      updates.push([u.sentAt, u.first, u.last]);
    }
    const all = { ...hist, wFirst: first, wSpread: spread };
    const report: Report = { hist: Object.fromEntries(Object.entries(all).map(([k, h]) => [k, { counts: h.counts, total: h.total }])), sent, sentMeasured, sentByProbes, messages, closedEarly, cpu, nice, updates };
    send({ ev: 'report', report });
    for (const ws of sockets) ws.terminate();
  } else if (command.cmd === 'exit') {
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});
