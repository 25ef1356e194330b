import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { getExample } from '@stormscape/model/examples';
import { freePort, portIsFree } from '@stormscape/testinfra';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { scratchDir, writeFiles } from '../files';

// `npm start` in the generated food-delivery system, as a team runs it after `generate`: every
// service on its embedded defaults plus the gateway, no PostgreSQL or Kafka. The test waits for
// `npm start` to report the system up and the gateway's /health/ready (200 only when every service is ready), calls operations of two
// services through the gateway, then sends SIGTERM to npm alone (as a process manager would)
// and requires every process npm started (its whole process group) to be gone.
const dir = scratchDir('start-food-delivery');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

/** BASE_PORT..+n and the gateway's: free ports below the ephemeral range (testinfra's `freePort`, `portIsFree`). */
async function consecutiveFreePorts(count: number): Promise<number> {
  for (;;) {
    const base = await freePort();
    const probes = await Promise.all(Array.from({ length: count - 1 }, (_, i) => portIsFree(base + 1 + i)));
    if (base + count < 65_536 && probes.every(Boolean)) return base;
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean> | boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s; output:\n${output().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('npm start of the generated food-delivery system', () => {
  const example = getExample('food-delivery');
  if (!example) throw new Error('missing example food-delivery');
  writeFiles(dir, generateProject(example.board));
  let npm: ChildProcess | undefined;
  afterAll(() => {
    // Only if the test failed half-way: take the whole group down.
    if (npm?.pid && groupAlive(npm.pid)) process.kill(-npm.pid, 'SIGKILL');
  });

  it('starts every service and the gateway, answers through the gateway, stops on SIGTERM leaving no process behind', async () => {
    const base = await consecutiveFreePorts(5);
    const gatewayPort = await freePort();
    let output = '';
    let exit: string | undefined;
    // Its own process group, so the test can see every process npm started (and end them if it fails).
    const child = spawn('npm', ['start'], { cwd: dir, detached: true, env: { ...process.env, BASE_PORT: String(base), GATEWAY_PORT: String(gatewayPort), LOG_LEVEL: 'warn', DATABASE_URL: '', KAFKA_BROKERS: '' } });
    npm = child;
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code, signal) => (exit = signal ?? `code ${code}`));
    const gateway = `http://127.0.0.1:${gatewayPort}`;

    // start.ts says so once every part answered /health/ready; the gateway's readiness checks every service again.
    await until(
      'npm start did not report the system up',
      240_000,
      () => {
        if (exit !== undefined) throw new Error(`npm start ended (${exit}) before the system was up:\n${output.slice(-4000)}`);
        return /The system is up/.test(output);
      },
      () => output,
    );
    const ready = await fetch(`${gateway}/health/ready`);
    expect(ready.status, await ready.clone().text()).toBe(200);

    const opened = await fetch(`${gateway}/delivery/shifts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ courierId: randomUUID(), zone: 'zone-1' }) });
    expect(opened.status, await opened.clone().text()).toBe(201);
    const shift = (await opened.json()) as { shiftId: string; zone: string };
    const read = await fetch(`${gateway}/delivery/shifts/${shift.shiftId}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { zone: string }).zone).toBe('zone-1');
    const restaurants = await fetch(`${gateway}/catalogue/restaurants`);
    expect(restaurants.status).toBe(200);
    expect(Array.isArray(await restaurants.json())).toBe(true);

    const pid = child.pid as number;
    process.kill(pid, 'SIGTERM');
    await until('npm start did not end after SIGTERM', 60_000, () => exit !== undefined, () => output);
    await until('processes of npm start outlived it', 30_000, () => !groupAlive(pid), () => output);
    passed = true;
  }, 400_000);
});
