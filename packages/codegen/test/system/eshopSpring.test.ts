import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseBoardFile } from '@stormscape/model';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { PACKAGE_DIR, scratchDir, writeFiles } from '../files';
import { mvn, surefireTotals } from '../spring/maven';
import { runTestSystem } from './runTestSystem';

// eShopOnContainers' ordering design (a board the team did not write, test/boards/eshop-ordering.storm.json)
// generated with --target spring: `mvn -B verify` runs every service's generated tests (on
// embedded PostgreSQL and Kafka: operations, outbox relay, inbox, DLQ, the grace-period timer
// fired once by two schedulers), then its own `npm run test:system` plays the same three slice
// files as the TypeScript target (test/system/eshopOrdering.test.ts) through the gateway on a
// real PostgreSQL and Kafka: checkout → order by policy → Grace Period Confirmed (the timer,
// PT1M after Order Started) → stock → payment → paid; the buyer cancels; shipping is refused.
// One Maven build: test:system's `mvn package` finds the classes verify compiled and only repackages.
const dir = scratchDir('system-eshop-spring');
let passed = 0;
afterAll(() => {
  if (passed === 2) rmSync(dir, { recursive: true, force: true });
});

describe('eShopOnContainers ordering board generated with --target spring', () => {
  const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/eshop-ordering.storm.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`invalid board file: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const board = parsed.board;
  writeFiles(dir, generateProject(board, { target: 'spring' }));

  it('mvn -B -T 2 verify passes: every service\'s generated tests, the grace-period timer\'s included', () => {
    // Two modules at a time (-T 2): a service's tests mostly wait on its embedded Kafka and PostgreSQL, so two overlap well on two cores.
    const run = mvn(dir, ['-T', '2', 'verify'], 40 * 60_000);
    const totals = surefireTotals(run.output);
    console.log(`mvn -B -T 2 verify (eshop-ordering, ${board.contexts.length} services): ${run.seconds} s, ${JSON.stringify(totals)}`);
    expect(run.ok, run.output.slice(-6000)).toBe(true);
    expect(totals.suites).toBe(board.contexts.length);
    expect(totals.failures + totals.errors).toBe(0);
    // The timer's test ran and passed: its testcase has no failure, error or skipped element
    // (it may hold <system-out> when another thread logged meanwhile).
    const report = readFileSync(join(dir, 'ordering/target/surefire-reports/TEST-stormscape.ordering.generated.ServiceTest.xml'), 'utf8');
    const timerCase = /<testcase name="timerGracePeriodConfirmed"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/.exec(report);
    expect(timerCase, 'no timerGracePeriodConfirmed testcase in the surefire report').not.toBeNull();
    expect(timerCase?.[1] ?? '').not.toMatch(/<(failure|error|skipped)\b/);
    passed += 1;
  }, 45 * 60_000);

  it('npm run test:system passes the TypeScript target\'s three slice files through the gateway, the timer\'s too', () => {
    const { status, output } = runTestSystem(dir, 'eshop-ordering, Spring', 1_500_000);
    expect(status, output.slice(-8000)).toBe(0);
    expect(output).toMatch(/^# fail 0$/m);
    expect(Number(/^# pass (\d+)$/m.exec(output)?.[1] ?? 0)).toBe(5);
    for (const slice of ['Checkout to paid order \\(happy path\\)', 'Buyer cancels in the grace period \\(unhappy path\\)', 'Shipping an unpaid order \\(unhappy path\\)']) expect(output).toMatch(new RegExp(`^\\s*ok \\d+ - ${slice}`, 'm'));
    passed += 1;
  }, 1_500_000);
});
