import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lintBoard, parseBoardFile } from '@stormscape/model';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { PACKAGE_DIR, scratchDir, writeFiles } from '../files';

// A board the team did not write as an example: container shipping (a shipper books TEU on a
// voyage, confirms or cancels; Invoicing bills every confirmed booking through a policy; the
// "My Bookings" read model), read from its .storm.json like a user's file. It must pass lint
// (design level, codegen rules) and its generated system's own `npm run test:system` must
// pass on real PostgreSQL + Kafka: the cross-service happy slice, the lifecycle refusal (409)
// and the voyage slice, with "Over capacity" reported as not drivable.
const dir = scratchDir('system-container-shipping');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

describe('container-shipping board (test/boards/container-shipping.storm.json)', () => {
  const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/container-shipping.storm.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`invalid board file: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const board = parsed.board;
  const files = generateProject(board);
  writeFiles(dir, files);

  it('is a valid board file with no design-level lint errors, and lint says why "Over capacity" cannot be driven', () => {
    const findings = lintBoard(board, { level: 'design', forCodegen: true });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.ruleId === 'T1')?.message).toMatch(/"Over capacity" cannot be driven end to end/);
    expect([...files.keys()].filter((p) => p.startsWith('slices/') && p.endsWith('.test.mjs')).sort()).toEqual([
      'slices/confirming-a-cancelled-booking.test.mjs',
      'slices/shipper-books-cargo.test.mjs',
      'slices/smoke.test.mjs',
      'slices/voyage-opens-and-closes.test.mjs',
    ]);
  });

  it('npm run test:system passes against real PostgreSQL and Kafka: booking to invoice across services, the refusal, the voyage', () => {
    const started = Date.now();
    const result = spawnSync('npm', ['run', 'test:system'], { encoding: 'utf8', cwd: dir, env: { ...process.env, LOG_LEVEL: 'warn' }, maxBuffer: 64 * 1024 * 1024, timeout: 900_000 });
    const output = `${result.stdout}${result.stderr}`;
    console.log(`npm run test:system (container-shipping): ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${result.status}`);
    expect(result.status, output.slice(-6000)).toBe(0);
    expect(output).toMatch(/^# fail 0$/m);
    // Three slice tests and the gateway's two smoke tests, each by name.
    expect(Number(/^# pass (\d+)$/m.exec(output)?.[1] ?? 0)).toBe(5);
    for (const slice of ['Shipper books cargo \\(happy path\\)', 'Confirming a cancelled booking \\(unhappy path\\)', 'Voyage opens and closes \\(happy path\\)']) expect(output).toMatch(new RegExp(`^\\s*ok \\d+ - ${slice}`, 'm'));
    passed = true;
  }, 900_000);
});
