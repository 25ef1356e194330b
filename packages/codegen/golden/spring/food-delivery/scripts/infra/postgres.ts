// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// A real PostgreSQL from Debian's `postgresql` package: initdb (once per process, then
// copied) into a temp dir, then the postmaster itself (not `pg_ctl`, which daemonises it and
// would hide its pid and exit from us) on a free port on 127.0.0.1 with its unix socket inside
// the temp dir.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './process/freePort';
import { ServerStartError } from './process/ManagedProcess';
import { ManagedProcess } from './process/ManagedProcess';
import { makeTempDir } from './process/tempDir';
import { TestServer, type TestServerLifecycle } from './process/TestServer';
import { userForRootShyServer, type UnixUser } from './process/unprivilegedUser';
import { armWatchdog } from './process/watchdog';
import { runToCompletion, waitForLog } from './process/waitFor';

export interface PostgresOptions {
  /** Directory holding initdb and postgres; default: newest /usr/lib/postgresql/<v>/bin, or $STORMSCAPE_PG_BIN. */
  binDir?: string;
  /** Bound on initdb and on each start; default 90 s (CPU contention on CI is heavy). */
  startTimeoutMs?: number;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
}

export interface TestPostgres extends TestServerLifecycle {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust auth, superuser). */
  readonly url: string;
  readonly port: number;
  /** Create a database and return its URL (for one database per service). */
  createDatabase(name: string): Promise<string>;
}

const DEFAULT_TIMEOUT_MS = 90_000;
const DEBIAN_ROOT = '/usr/lib/postgresql';
const execFileAsync = promisify(execFile);

/** Where initdb/postgres live; throws a ServerStartError that says how to install them. */
export function findPostgresBinDir(explicit?: string): string {
  const candidates: string[] = [];
  const chosen = explicit ?? process.env.STORMSCAPE_PG_BIN;
  if (chosen) candidates.push(chosen);
  else if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(DEBIAN_ROOT, version, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  if (found) return found;
  throw new ServerStartError(
    `PostgreSQL server binaries (initdb, postgres) not found in ${candidates.join(', ') || `${DEBIAN_ROOT}/<version>/bin`}. ` +
      'Install Debian\'s package: apt-get install postgresql (npm test does this as root), or set STORMSCAPE_PG_BIN.',
  );
}

/** The environment without PG* variables, which would redirect initdb/postgres/psql. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG')));
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const templates = new Map<string, Promise<string>>();

/**
 * An initdb'ed data dir (trust auth, superuser `postgres`, UTF8, C locale), made once per
 * process and copied for each server; removed when the process exits, however it exits.
 */
function initdbTemplate(binDir: string, user: UnixUser | undefined, timeoutMs: number): Promise<string> {
  const key = `${binDir}|${user?.uid ?? ''}`;
  let pending = templates.get(key);
  if (!pending) {
    pending = (async () => {
      const tempDir = makeTempDir('postgres-template', user);
      armWatchdog(undefined, tempDir.path);
      const dataDir = join(tempDir.path, 'data');
      try {
        await runToCompletion(
          {
            name: 'PostgreSQL initdb',
            command: join(binDir, 'initdb'),
            args: ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync'],
            cwd: tempDir.path,
            env: cleanEnv(),
            logFile: join(tempDir.path, 'initdb.log'),
            tempDir: tempDir.path,
            ...(user ? { user } : {}),
          },
          timeoutMs,
        );
      } catch (error) {
        tempDir.remove();
        throw error;
      }
      return dataDir;
    })();
    templates.set(key, pending);
    pending.catch(() => templates.delete(key));
  }
  return pending;
}

/**
 * Start a throwaway PostgreSQL. As root, the server runs as `nobody` (PostgreSQL refuses
 * root). fsync is off: data survives a stop, a restart and a server crash (kill()), only an
 * OS crash could lose it, which a test never has.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<TestPostgres> {
  const binDir = findPostgresBinDir(options.binDir);
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const user = userForRootShyServer('PostgreSQL');
  const tempDir = makeTempDir('postgres', user);
  const dataDir = join(tempDir.path, 'data');
  const socketDir = join(tempDir.path, 'socket');
  const logFile = join(tempDir.path, 'postgres.log');
  const env = cleanEnv();
  const base = { cwd: tempDir.path, env, logFile, tempDir: tempDir.path, ...(user ? { user } : {}) };
  try {
    mkdirSync(socketDir);
    if (user) chownSync(socketDir, user.uid, user.gid);
    // A copy of this process's initdb result: same bytes, a fraction of initdb's time.
    const template = await initdbTemplate(binDir, user, timeoutMs);
    await runToCompletion(
      { ...base, name: 'PostgreSQL data dir copy', command: 'cp', args: ['-a', template, dataDir] },
      timeoutMs,
    );
  } catch (error) {
    tempDir.remove();
    throw error;
  }
  const port = await freePort();
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: socketDir,
    fsync: 'off',
    ...options.settings,
  };
  const args = ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const server = await TestServer.start({
    tempDir,
    logFile,
    stopSignal: 'SIGINT', // "fast shutdown": disconnect clients, checkpoint, exit
    async launch() {
      const proc = await ManagedProcess.start({ ...base, name: 'PostgreSQL', command: join(binDir, 'postgres'), args });
      await waitForLog(proc, /database system is ready to accept connections/, timeoutMs);
      return proc;
    },
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return Object.assign(server, {
    url,
    port,
    async createDatabase(name: string): Promise<string> {
      await execFileAsync(
        join(binDir, 'psql'),
        ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', `CREATE DATABASE ${quoteIdentifier(name)}`],
        { env },
      );
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
  });
}
