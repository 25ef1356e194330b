import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseBoardFile } from '@stormscape/model';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { PACKAGE_DIR, scratchDir, writeFiles } from '../files';

// A developer stops `npm run test:system` half-way (kill, Ctrl+C): the generated
// scripts/testSystem.ts must stop every process it started — the slice tests, each service,
// the gateway, PostgreSQL and Kafka — and exit non-zero. Every process it starts inherits a
// marker in its environment (PostgreSQL and Kafka too, although pg_ctl detaches the server),
// so "nothing left" is checked across the whole machine, not only among its children.
const dir = scratchDir('system-signals');
const MARKER = `STORMSCAPE_SIGNAL_TEST=${randomUUID()}`;
let passed = false;
afterAll(() => {
  killMarked('SIGKILL'); // only ever does something when the test failed
  if (passed) rmSync(dir, { recursive: true, force: true });
});

/** Pids of the processes carrying this test's marker, with their command lines. */
function marked(): { pid: number; cmd: string }[] {
  const found: { pid: number; cmd: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(MARKER)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue; // exited, awaiting its parent
      found.push({ pid: Number(entry), cmd: readFileSync(`/proc/${entry}/cmdline`, 'latin1').replaceAll('\0', ' ').trim() });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

function killMarked(signal: NodeJS.Signals): void {
  for (const { pid } of marked()) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

describe('generated scripts/testSystem.ts on a signal', () => {
  const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/eshop-ordering.storm.json'), 'utf8'));
  if (!parsed.ok) throw new Error('invalid board file');
  writeFiles(dir, generateProject(parsed.board));

  it('SIGTERM once everything runs: stops the slice tests, services, gateway, PostgreSQL and Kafka, exits 143', async () => {
    // The script itself, as npm's tsx would run it; the signal goes to it alone, not to a group.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/testSystem.ts'], {
      cwd: dir,
      env: { ...process.env, LOG_LEVEL: 'warn', [MARKER.split('=')[0] as string]: MARKER.split('=')[1] as string },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 600_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Everything is ready after/.test(output)) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then(() => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    expect(await ready, output.slice(-4000)).toBe(true);
    const running = marked().map((p) => p.cmd);
    // The script, 4 services, the gateway, the slice run, PostgreSQL's server and Kafka's JVM at least.
    expect(running.some((c) => /postgres/.test(c))).toBe(true);
    expect(running.some((c) => /java/.test(c))).toBe(true);
    expect(running.filter((c) => /src\/main\.ts/.test(c)).length).toBe(5);
    child.kill('SIGTERM');
    const code = await exited;
    expect(code, output.slice(-4000)).toBe(143);
    expect(output).toContain('test:system: SIGTERM, stopping the slice tests, every service, the gateway, Kafka and PostgreSQL');
    // testinfra's watchdog shells end on their own once their parent has gone (they remove the
    // PostgreSQL template dir): wait for the machine to be clear, bounded, then look.
    const clearBy = Date.now() + 30_000;
    while (marked().length > 0 && Date.now() < clearBy) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marked().map((p) => p.cmd)).toEqual([]);
    passed = true;
  }, 900_000);
});
