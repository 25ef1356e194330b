// Starts `serviceHost.ts` in a child process and waits for its BENCH_READY line; the child's
// output is kept (last lines) for the error message if it fails.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Variant } from './variants';

const HOST = fileURLToPath(new URL('./serviceHost.ts', import.meta.url));
const START_GUARD_MS = 300_000;
const STOP_GUARD_MS = 60_000;

export interface Host {
  readonly urls: Readonly<Record<string, string>>;
  /** Errors the services logged while running (subscriber failures, relay errors). */
  readonly complaints: () => readonly string[];
  stop(): Promise<void>;
}

export function startHost(dir: string, variant: Variant, env: Readonly<Record<string, string>>): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOST, dir, variant], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const complaints: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise<Host>((resolve, reject) => {
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench host (${variant}) not ready within ${START_GUARD_MS / 1000} s:\n${tail.join('\n')}`));
    }, START_GUARD_MS);
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      // pino levels 50 error, 60 fatal; dead letters and failed reactions are warnings (40).
      if (/"level":(5|6)0|\.dlq|failed|not mapped/i.test(line) || line.startsWith('[bench host]')) complaints.push(line.slice(0, 300));
      const ready = /^BENCH_READY (.*)$/.exec(line);
      if (!ready?.[1]) return;
      clearTimeout(guard);
      resolve({
        urls: JSON.parse(ready[1]) as Record<string, string>,
        complaints: () => complaints,
        stop: async () => {
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GUARD_MS);
          await exited;
          clearTimeout(timer);
        },
      });
    };
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(guard);
      reject(new Error(`bench host (${variant}) exited with ${code} before it was ready:\n${tail.join('\n')}`));
    });
  });
}
