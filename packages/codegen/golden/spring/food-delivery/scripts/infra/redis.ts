// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// A real Redis from Debian's `redis-server` package, on a free port on 127.0.0.1, without
// persistence (`--save "" --appendonly no`): a restart empties it, as it would a production
// Redis run as a pure cache/bus, which is what the collab server's fan-out tests need.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './process/freePort';
import { ManagedProcess, ServerStartError } from './process/ManagedProcess';
import { makeTempDir } from './process/tempDir';
import { TestServer, type TestServerLifecycle } from './process/TestServer';
import { waitForLog } from './process/waitFor';

export interface RedisOptions {
  /** Path of redis-server; default /usr/bin/redis-server, or $STORMSCAPE_REDIS_SERVER. */
  binary?: string;
  /** Bound on each start; default 30 s. */
  startTimeoutMs?: number;
  /** Extra `--name value` settings. */
  settings?: Record<string, string>;
}

export interface TestRedis extends TestServerLifecycle {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
}

const DEFAULT_BINARY = '/usr/bin/redis-server';

export async function startRedis(options: RedisOptions = {}): Promise<TestRedis> {
  const binary = options.binary ?? process.env.STORMSCAPE_REDIS_SERVER ?? DEFAULT_BINARY;
  if (!existsSync(binary)) {
    throw new ServerStartError(
      `redis-server not found at ${binary}. Install Debian's package: apt-get install redis-server ` +
        '(npm test does this as root), or set STORMSCAPE_REDIS_SERVER.',
    );
  }
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const tempDir = makeTempDir('redis');
  const logFile = join(tempDir.path, 'redis.log');
  const port = await freePort();
  const settings: Record<string, string> = {
    port: String(port),
    bind: '127.0.0.1',
    save: '',
    appendonly: 'no',
    dir: tempDir.path,
    daemonize: 'no',
    logfile: '', // stdout, i.e. our log file
    ...options.settings,
  };
  const args = Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value]);
  const server = await TestServer.start({
    tempDir,
    logFile,
    stopSignal: 'SIGTERM',
    async launch() {
      const proc = await ManagedProcess.start({
        name: 'Redis',
        command: binary,
        args,
        cwd: tempDir.path,
        logFile,
        tempDir: tempDir.path,
      });
      await waitForLog(proc, /Ready to accept connections/, timeoutMs);
      return proc;
    },
  });
  return Object.assign(server, { url: `redis://127.0.0.1:${port}`, port });
}
