import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/startRedisThenDie.ts', import.meta.url));

/** Run the fixture under Node with tsx; resolve with what it printed, however it ended. */
function runFixture(how: string): Promise<{ port: number; dir: string; stdout: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', fixture, how], { timeout: 120_000 }, (error, stdout, stderr) => {
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      if (line) resolve({ ...(JSON.parse(line) as { port: number; dir: string }), stdout, code });
      else reject(new Error(`the fixture printed no address:\n${stdout}\n${stderr}`));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Poll until the server is gone (bounded); the watchdog acts asynchronously. */
async function waitUntilGone(port: number, dir: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (!(await accepts(port)) && !existsSync(dir)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('servers never outlive the test process', () => {
  for (const how of ['SIGKILL', 'throw', 'exit']) {
    it(`kills the server and removes its temp dir when the test process ends by ${how}`, async () => {
      const { port, dir } = await runFixture(how);
      await waitUntilGone(port, dir);
      expect(await accepts(port)).toBe(false);
      expect(existsSync(dir)).toBe(false);
    });
  }

  // A bench awaits close() in a plain script: the wait for the server's exit must keep Node's
  // event loop alive (it once ended with "unsettled top-level await", exit code 13, mid-close).
  it('close() in a plain script (no test runner) finishes, and the script goes on', async () => {
    const { port, dir, stdout, code } = await runFixture('close');
    expect(stdout).toContain('closed');
    expect(code).toBe(0);
    expect(await accepts(port)).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });
});
