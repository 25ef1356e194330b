import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ServerConfig } from '../src/config';
import { DEFAULT_CONFIG } from '../src/config';
import type { CollabServer } from '../src/server';
import { createCollabServer } from '../src/server';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'stormscape-collab-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The workspace token every test server is started with (`STORMSCAPE_ADMIN_TOKEN`). */
export const ADMIN_TOKEN = 'test-workspace-token';
export const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface RunningServer {
  app: CollabServer;
  port: number;
  http: string;
  ws: string;
  dataDir: string;
  stop: () => Promise<void>;
}

/** A real server on port 0 with a fresh data dir (or the given one). */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const own = overrides.dataDir ? null : tempDir();
  const dataDir = overrides.dataDir ?? own!.dir;
  const config: ServerConfig = { ...DEFAULT_CONFIG, port: 0, dataDir, webDist: path.join(dataDir, 'no-web-dist'), adminToken: ADMIN_TOKEN, ...overrides };
  const app = createCollabServer(config, pino({ level: 'silent' }));
  const port = await app.listen();
  return {
    app,
    port,
    dataDir,
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}/ws`,
    stop: async () => {
      await app.close();
      own?.remove();
    },
  };
}

export interface CreatedBoard {
  id: string;
  name: string;
  editToken: string;
  viewToken: string;
}

export async function createBoard(http: string, body: Record<string, unknown> = { name: 'Test board' }): Promise<CreatedBoard> {
  const res = await fetch(`${http}/api/boards`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...adminHeaders } });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedBoard;
}

/** The stock y-websocket client, exactly as the web app uses it (plus the Node WebSocket). */
export function connect(wsUrl: string, boardId: string, token: string | undefined, doc = new Y.Doc()): { doc: Y.Doc; provider: WebsocketProvider } {
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    params: token === undefined ? {} : { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return { doc, provider };
}

/** Polls `check` until it is truthy (bounded; no timing assertions, just a deadline). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function synced(provider: WebsocketProvider): Promise<void> {
  return provider.synced ? Promise.resolve() : new Promise((resolve) => provider.once('sync', () => resolve()));
}

/** Close code of the first connection-close the provider sees. */
export function closeCode(provider: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => provider.once('connection-close', (event) => resolve(event?.code ?? -1)));
}

/** Raw ws client: resolves with the close code once the server closes it. */
export function rawSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === ws.CLOSED) resolve(-1);
    ws.once('close', (code) => resolve(code));
  });
}

export async function metricsValue(http: string, name: string): Promise<number> {
  const text = await (await fetch(`${http}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : Number.NaN;
}

/** Server in a child process (`tsx src/main.ts`), for signal tests. Resolves once listening. */
export async function spawnServer(
  env: Record<string, string>,
  /** A command the server runs under (e.g. `strace -f -o …`); the server's own argv follows it. */
  wrapWith: string[] = [],
): Promise<{ child: ChildProcess; port: number; output: () => string; exited: Promise<number | null> }> {
  const argv = [...wrapWith, process.execPath, '--import', 'tsx', path.join(packageDir, 'src/main.ts')];
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: packageDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', STORMSCAPE_ADMIN_TOKEN: ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await waitFor(
    () => {
      for (const line of out.split('\n')) {
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number };
          if (entry.msg === 'listening') return entry.port;
        } catch {
          // not a JSON line
        }
      }
      if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
      return undefined;
    },
    'server to listen',
    90_000,
  );
  return { child, port: port!, output: () => out, exited };
}
