// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// A watchdog per server process: a tiny `sh` that blocks reading a pipe whose only writer is
// the test process. When the test process dies in any way (even SIGKILL, where no exit handler
// runs) the kernel closes the pipe, `read` returns and the watchdog kills the server's whole
// process group and removes its temp dir. No polling, nothing left behind.
import { spawn, type ChildProcess } from 'node:child_process';

// `kill -KILL -PGID`: dash's kill accepts no `--`. An empty $1 guards only a directory.
const SCRIPT = 'read _unused; [ -n "$1" ] && kill -KILL "-$1" 2>/dev/null; rm -rf -- "$2"';

export interface Watchdog {
  /** Disarm: the server was stopped on purpose, so the watchdog must not act. */
  disarm(): void;
}

/** Guard a process group and a temp dir, or (processGroupId undefined) only a temp dir. */
export function armWatchdog(processGroupId: number | undefined, tempDir: string): Watchdog {
  // detached: its own session, so a Ctrl-C sent to the terminal's process group reaches the
  // test process (whose exit then fires the watchdog) and not the watchdog itself.
  const child: ChildProcess = spawn('/bin/sh', ['-c', SCRIPT, 'stormscape-watchdog', processGroupId === undefined ? '' : String(processGroupId), tempDir], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.on('error', () => {
    // No /bin/sh: the exit handler still covers every exit but SIGKILL.
  });
  // Neither the child nor our end of its pipe may keep the test process alive.
  child.unref();
  child.stdin?.on('error', () => {});
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return {
    disarm() {
      // SIGKILL, not closing stdin: a closed stdin would make it fire.
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}
