// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// One run of a server binary: spawned in its own process group with its output going to a log
// file, tracked for exit cleanup and watched by a watchdog, stopped with a signal and a bounded
// wait that ends in SIGKILL of the whole group.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { trackProcessGroup, untrackProcessGroup } from './exitCleanup';
import { logSize, logTail } from './logFile';
import type { UnixUser } from './unprivilegedUser';
import { armWatchdog, type Watchdog } from './watchdog';

export interface ManagedProcessOptions {
  /** For messages, e.g. "PostgreSQL". */
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr are appended here. */
  logFile: string;
  /** Removed by the watchdog if the test process dies. */
  tempDir: string;
  /** Run as this account instead of ourselves (needs root). */
  user?: UnixUser;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Thrown when a server or tool cannot be started; the message quotes its log. */
export class ServerStartError extends Error {
  override name = 'ServerStartError';
}

export function describeExit(status: ExitStatus): string {
  return status.signal !== null ? `was killed by ${status.signal}` : `exited with code ${status.code}`;
}

export class ManagedProcess {
  /** Where this run's output starts in the (shared, appended) log file. */
  readonly logOffset: number;
  readonly exited: Promise<ExitStatus>;
  private exitStatus: ExitStatus | undefined;

  private constructor(
    readonly options: ManagedProcessOptions,
    readonly pid: number,
    logOffset: number,
    exited: Promise<ExitStatus>,
    private readonly watchdog: Watchdog,
  ) {
    this.logOffset = logOffset;
    this.exited = exited.then((status) => {
      this.exitStatus = status;
      untrackProcessGroup(pid);
      return status;
    });
  }

  static async start(options: ManagedProcessOptions): Promise<ManagedProcess> {
    const logOffset = logSize(options.logFile);
    const logFd = openSync(options.logFile, 'a');
    try {
      const child = spawn(options.command, options.args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        // Own process group: we can kill the server with everything it forked, and a Ctrl-C
        // meant for the test runner does not hit it before our cleanup runs.
        detached: true,
        stdio: ['ignore', logFd, logFd],
        ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
      });
      const exited = new Promise<ExitStatus>((resolve) => {
        child.once('exit', (code, signal) => resolve({ code, signal }));
      });
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', (error: NodeJS.ErrnoException) => {
          const hint = error.code === 'ENOENT' ? ' (not installed? see @stormscape/testinfra README)' : '';
          reject(new ServerStartError(`${options.name}: cannot run ${options.command}: ${error.message}${hint}`));
        });
      });
      const pid = child.pid as number;
      child.unref();
      trackProcessGroup(pid);
      return new ManagedProcess(options, pid, logOffset, exited, armWatchdog(pid, options.tempDir));
    } finally {
      // The child has its own copy of the descriptor.
      closeSync(logFd);
    }
  }

  get running(): boolean {
    return this.exitStatus === undefined;
  }

  /** This run's last log lines, for error messages. */
  tail(lines = 30): string {
    return logTail(this.options.logFile, this.logOffset, lines);
  }

  /**
   * Ask the server to stop with `signal`; after `graceMs` without exiting, SIGKILL its group.
   * Whatever it forked is killed too. Resolves once it has exited.
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 30_000): Promise<ExitStatus> {
    if (this.running) {
      this.signal(signal);
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, graceMs, 'timeout')));
      const outcome = await Promise.race([this.exited, grace]);
      clearTimeout(timer);
      if (outcome === 'timeout') this.signalGroup('SIGKILL');
    }
    const status = await this.untilExited();
    // Children the server forked but did not reap (normally none).
    this.signalGroup('SIGKILL');
    this.watchdog.disarm();
    return status;
  }

  /** Crash it: SIGKILL to the whole group, no shutdown. */
  async kill(): Promise<ExitStatus> {
    this.signalGroup('SIGKILL');
    const status = await this.untilExited();
    this.watchdog.disarm();
    return status;
  }

  /**
   * `exited`, keeping the event loop alive meanwhile: the child is unref'd, so in a plain
   * script (a bench, no test runner holding the loop) Node would otherwise end with an
   * unsettled top-level await before the exit event arrives.
   */
  private async untilExited(): Promise<ExitStatus> {
    const keepAlive = setInterval(() => undefined, 1_000);
    try {
      return await this.exited;
    } finally {
      clearInterval(keepAlive);
    }
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(this.pid, signal);
    } catch {
      // already gone
    }
  }

  private signalGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, signal);
    } catch {
      // already gone
    }
  }
}
