import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { scratchDir, writeFiles } from '../files';

// The generated system's own `npm run test:system`, as a team would run it, on one example
// (food-delivery): it starts a real PostgreSQL and Kafka (scripts/infra/, embedded from
// @stormscape/testinfra), every service on them and the gateway, runs slices/*.test.mjs and
// stops everything; its exit code is the result. The other examples' services and gateways
// run on the embedded defaults in compileAndRun.test.ts (budget: one full system per npm test).
const dir = scratchDir('system-food-delivery');
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

describe('generated system of food-delivery', () => {
  const board = getExample('food-delivery')?.board;
  if (!board) throw new Error('missing example food-delivery');
  writeFiles(dir, generateProject(board));

  it('scripts/ (start, test:system and the embedded infra starter) type-check', () => {
    const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'scripts/tsconfig.json')], { encoding: 'utf8', cwd: dir });
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);

  it('npm run test:system passes against real PostgreSQL and Kafka, through the gateway', () => {
    const started = Date.now();
    const result = spawnSync('npm', ['run', 'test:system'], { encoding: 'utf8', cwd: dir, env: { ...process.env, LOG_LEVEL: 'warn' }, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
    const output = `${result.stdout}${result.stderr}`;
    console.log(`npm run test:system (food-delivery): ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${result.status}`);
    expect(result.status, output.slice(-6000)).toBe(0);
    expect(output).toMatch(/^# fail 0$/m);
    expect(Number(/^# pass (\d+)$/m.exec(output)?.[1] ?? 0)).toBeGreaterThanOrEqual(2);
    passed = true;
  }, 900_000);
});
