// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Last line of defence against orphans when the test process ends without calling close():
// on a normal exit (including an uncaught error, or vitest ending a worker) we SIGKILL every
// server we started and delete every temp dir. A SIGKILLed test process runs no handler at
// all; the per-server watchdog (see watchdog.ts) covers that case.
import { rmSync } from 'node:fs';

const liveProcessGroups = new Set<number>();
const liveTempDirs = new Set<string>();
let installed = false;

function killEverything(): void {
  for (const pgid of liveProcessGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  liveProcessGroups.clear();
  for (const dir of liveTempDirs) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort: the process is exiting
    }
  }
  liveTempDirs.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', killEverything);
}

/** Kill this process group (SIGKILL) if the test process exits while it still runs. */
export function trackProcessGroup(pgid: number): void {
  install();
  liveProcessGroups.add(pgid);
}

export function untrackProcessGroup(pgid: number): void {
  liveProcessGroups.delete(pgid);
}

/** Delete this directory if the test process exits before the server is closed. */
export function trackTempDir(dir: string): void {
  install();
  liveTempDirs.add(dir);
}

export function untrackTempDir(dir: string): void {
  liveTempDirs.delete(dir);
}
