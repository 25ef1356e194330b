/** Starting, measuring and stopping the two servers under test, each in its own process. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLOCK_TICKS = 100; // USER_HZ on Linux
const ADMIN_TOKEN = 'bench-workspace-token';
const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };

export type Kind = 'ours' | 'stock';

export interface Board {
  id: string;
  editToken: string;
  viewToken: string;
}

export interface Memory {
  /** The main thread's V8 heap after a full GC. */
  heap: number;
  /** Every worker thread's V8 heap after its own full GC (ours only; 0 for the stock server). */
  workersHeap: number;
  /** Worker threads that answered (bench/gcTrigger.mjs). */
  workers: number;
  buffers: number;
  rss: number;
}

/** The server's main thread while measuring (bench/serverProbe.mjs). */
export interface ServerProbe {
  gc: { count: number; totalMs: number; maxMs: number };
  loopDelay: { p50: number; p99: number; max: number };
  utilisation: number;
}

export interface PersistLag {
  p50: number;
  p99: number;
  max: number;
  count: number;
  fsyncP99: number;
}

export interface ServerHandle {
  kind: Kind;
  port: number;
  pid: number;
  /** A fresh board (stock: just a room name; tokens are ignored there). */
  board(name: string): Promise<Board>;
  /** Imports a board file (ours only). */
  importBoard(file: string): Promise<Board>;
  /** Heap, array buffers and RSS after a forced GC. */
  memory(): Promise<Memory>;
  /** Starts recording GC pauses and event-loop delay (bench/serverProbe.mjs). */
  probeStart(): void;
  /** What was recorded since `probeStart`. */
  probeReport(): Promise<ServerProbe>;
  /** Resolves once `/readyz` says ready, with Redis reachable when the server uses it (60 s bound). */
  ready(): Promise<void>;
  /** Server CPU seconds so far (user + system), from /proc. */
  cpuSeconds(): number;
  /**
   * Receipt-to-fsync lag quantiles (ms) from /metrics, and the p99 of the WAL fsync calls
   * themselves (the disk's share; NaN on PostgreSQL); null for the stock server.
   */
  persistLag(): Promise<PersistLag | null>;
  /** Presence sends skipped for slow consumers so far (from /metrics); null for the stock server. */
  awarenessSkipped(): Promise<number | null>;
  /** Presence messages received and sent so far (from /metrics, no forced GC); null for the stock server. */
  /** Presence messages received and sent, and document update messages sent (all clients). */
  awarenessMessages(): Promise<{ in: number; out: number; documentsOut: number } | null>;
  stop(): Promise<void>;
}

function waitForPort(child: ChildProcess, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start:\n${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      for (const line of out.split('\n')) {
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number };
          if (entry.msg === 'listening' && entry.port) {
            clearTimeout(timer);
            resolve(entry.port);
          }
        } catch {
          // partial or non-JSON line
        }
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${out}`)));
  });
}

export async function startServer(kind: Kind, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServerHandle> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'stormscape-bench-'));
  const entry = kind === 'ours' ? 'src/main.ts' : 'bench/stockServer.ts';
  const preload = [...(kind === 'ours' ? ['--import', './bench/gcTrigger.mjs'] : []), '--import', './bench/serverProbe.mjs'];
  const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, '--import', 'tsx', ...preload, entry], {
    cwd: packageDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIST: path.join(dataDir, 'none'), LOG_LEVEL: 'info', STORMSCAPE_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const port = await waitForPort(child, `${kind} server`);
  const http = `http://127.0.0.1:${port}`;
  let counter = 0;
  /** Sends `request` over IPC and resolves with the first reply `pick` accepts. */
  const ask = <T>(request: string, pick: (m: unknown) => T | undefined) =>
    new Promise<T>((resolve) => {
      const onMessage = (m: unknown) => {
        const value = pick(m);
        if (value === undefined) return;
        child.off('message', onMessage);
        resolve(value);
      };
      child.on('message', onMessage);
      child.send(request);
    });
  /** A full GC in the server, answered with its memory read in the same turn (bench/gcTrigger.mjs). */
  const collectGarbage = () =>
    ask('gc', (m) => (m && typeof m === 'object' && 'gcDone' in m ? (m as { gcDone: NodeJS.MemoryUsage & { workersHeap: number; workers: number } }).gcDone : undefined));
  const metric = async (names: string[], gc = true) => {
    if (gc) await collectGarbage();
    const text = await (await fetch(`${http}/metrics`)).text();
    return names.map((name) => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1]));
  };
  return {
    kind,
    port,
    pid: child.pid!,
    async board(name) {
      if (kind === 'stock') return { id: `${name.replace(/\W/g, '')}${counter++}`, editToken: 'x', viewToken: 'x' };
      const res = await fetch(`${http}/api/boards`, { method: 'POST', body: JSON.stringify({ name }), headers: adminHeaders });
      return (await res.json()) as Board;
    },
    async importBoard(file) {
      const res = await fetch(`${http}/api/boards/import`, { method: 'POST', body: file, headers: adminHeaders });
      if (res.status !== 201) throw new Error(`import failed: ${res.status}`);
      return (await res.json()) as Board;
    },
    async memory() {
      if (kind === 'stock') {
        const m = (await (await fetch(`${http}/__bench/mem`)).json()) as { heapUsed: number; arrayBuffers: number; rss: number };
        return { heap: m.heapUsed, workersHeap: 0, workers: 0, buffers: m.arrayBuffers, rss: m.rss };
      }
      const m = await collectGarbage();
      return { heap: m.heapUsed, workersHeap: m.workersHeap, workers: m.workers, buffers: m.arrayBuffers, rss: m.rss };
    },
    probeStart() {
      child.send('probe-start');
    },
    probeReport() {
      return ask('probe-report', (m) => (m && typeof m === 'object' && 'probe' in m ? (m as { probe: ServerProbe }).probe : undefined));
    },
    async ready() {
      const until = Date.now() + 60_000;
      for (;;) {
        const res = await fetch(`${http}/readyz`).catch(() => null);
        const body = res?.ok ? ((await res.json()) as { redis?: string }) : null;
        if (body && (body.redis === undefined || body.redis === 'ok')) return;
        if (Date.now() > until) throw new Error(`${kind} server on port ${port} not ready after 60 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    cpuSeconds() {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    },
    async awarenessSkipped() {
      if (kind === 'stock') return null;
      return (await metric(['stormscape_awareness_skipped_total']))[0]!;
    },
    async awarenessMessages() {
      if (kind === 'stock') return null;
      const [received, sent, documents] = await metric(['stormscape_awareness_in_total', 'stormscape_awareness_out_total', 'stormscape_updates_out_total'], false);
      return { in: received!, out: sent!, documentsOut: documents! };
    },
    async persistLag() {
      if (kind === 'stock') return null;
      const q = await metric(['stormscape_persist_lag_seconds{quantile="0.5"}', 'stormscape_persist_lag_seconds{quantile="0.99"}', 'stormscape_persist_lag_seconds{quantile="1"}', 'stormscape_persist_lag_seconds_count', 'stormscape_wal_fsync_seconds{quantile="0.99"}']);
      return { p50: q[0]! * 1000, p99: q[1]! * 1000, max: q[2]! * 1000, count: q[3]!, fsyncP99: q[4]! * 1000 };
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
