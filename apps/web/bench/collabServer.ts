/**
 * The real collab server for the bench, started as e2e does: its own process, port 0,
 * a throw-away data dir, serving the production build of the web app on the same port
 * as /api and /ws. Started by process (never imported: web and server stay apart).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CollabServer {
  url: string;
  /** Imports a board file through `POST /api/boards/import`; returns its edit link path. */
  importBoard(file: string): Promise<string>;
  stop(): Promise<void>;
}

const ADMIN_TOKEN = `web-bench-${Date.now().toString(36)}`;

export async function startCollabServer(webDist: string): Promise<CollabServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stormscape-web-bench-'));
  const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../collab-server');
  // node --import tsx (not npx) so that SIGTERM reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIST: webDist, LOG_LEVEL: 'info', STORMSCAPE_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  let port: number;
  try {
    port = await listeningPort(child.stdout!, child);
  } catch (err) {
    await stop();
    throw err;
  }
  // Keep draining the log so the server never blocks on a full pipe.
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async importBoard(file) {
      const res = await fetch(`${url}/api/boards/import`, { method: 'POST', body: file, headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` } });
      if (res.status !== 201) throw new Error(`board import failed: ${res.status} ${await res.text()}`);
      const board = (await res.json()) as { id: string; editToken: string; viewToken: string };
      return `/b/${board.id}?token=${board.editToken}&vt=${board.viewToken}`;
    },
    stop,
  };
}

/** The port from the server's `{"msg":"listening","port":…}` log line. */
function listeningPort(stdout: NodeJS.ReadableStream, child: { once(event: 'exit', f: (code: number | null) => void): void }): Promise<number> {
  return new Promise((resolvePort, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`collab server did not start within 60 s:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number };
          if (entry.msg === 'listening' && entry.port) {
            clearTimeout(timer);
            stdout.off('data', onData);
            resolvePort(entry.port);
          }
        } catch {
          // a partial line: wait for the rest
        }
      }
    };
    stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collab server exited (${code}):\n${out}`));
    });
  });
}
