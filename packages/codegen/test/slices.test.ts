import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseBoardFile, slicesDrivability } from '@stormscape/model';
import { EXAMPLES, getExample } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { buildPlan } from '../src/plan/buildPlan';
import { planSlices } from '../src/slices/slicePlan';
import { PACKAGE_DIR, scratchDir, writeFiles } from './files';

// The slice tests codegen writes: one per drivable slice, none for the others, each a
// module Node loads (the real run, against PostgreSQL + Kafka, is test/system/slices.test.ts).
const dir = scratchDir('slices-load');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('slice tests', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s: a test per drivable slice, each slice with a test or its reasons, every file loads in Node', (id, example) => {
    const board = example.board;
    const files = generateProject(board);
    const tests = [...files.keys()].filter((p) => p.startsWith('slices/') && p.endsWith('.test.mjs') && p !== 'slices/smoke.test.mjs');
    const slices = planSlices(board, buildPlan(board));
    expect(tests.sort()).toEqual(slices.tests.map((t) => `slices/${t.fileName}.test.mjs`).sort());
    expect([...slices.tests.map((t) => t.id), ...slices.undrivable.map((u) => u.id)].sort()).toEqual(board.slices.map((s) => s.id).sort());
    const drivable = slicesDrivability(board).filter((d) => d.drivable).map((d) => d.slice.id);
    for (const t of slices.tests) expect(drivable).toContain(t.id);
    for (const u of slices.undrivable) expect(u.reasons.length).toBeGreaterThan(0);
    const out = join(dir, id);
    writeFiles(out, files);
    for (const path of [...tests, 'slices/support/harness.mjs']) {
      const check = spawnSync(process.execPath, ['--check', join(out, path)], { encoding: 'utf8' });
      expect(check.status, `${path}: ${check.stderr}`).toBe(0);
    }
  });

  it('reads food-delivery\'s shift slices as calls through the gateway, events on channels, a refusal and a row', () => {
    const board = getExample('food-delivery')?.board;
    if (!board) throw new Error('missing example');
    const { tests } = planSlices(board, buildPlan(board));
    expect(tests.map((t) => [t.name, t.path, t.fileName])).toEqual([
      ['Courier rides a shift', 'happy', 'courier-rides-a-shift'],
      ['Menu goes live', 'happy', 'menu-goes-live'],
      ['Closing a closed shift', 'unhappy', 'closing-a-closed-shift'],
    ]);
    // Across services: Catalogue publishes Menu Published, Ordering's read model answers it.
    expect(tests[1]?.rows.map((r) => r.path)).toEqual(['/catalogue/menu-overviews/{id}', '/ordering/restaurant-menus/{id}']);
    const refusal = tests[2]?.steps.at(-1);
    expect(refusal).toMatchObject({
      event: 'ShiftClosingRefused',
      channel: 'delivery.shifts.shift-closing-refused',
      outcome: 'rejection',
      call: { method: 'POST', path: '/delivery/shifts/{shiftId}/close', idParam: 'shiftId', status: 409 },
      unchanged: { path: '/delivery/shifts/{shiftId}', prop: 'state', state: 'Closed' },
    });
    expect(tests[0]?.steps[0]?.call).toMatchObject({ method: 'POST', path: '/delivery/shifts', idParam: null, idProp: 'shiftId', status: 201 });
    expect(tests[0]?.rows).toEqual([
      {
        readModel: 'Available Couriers',
        path: '/delivery/available-couriers/{id}',
        key: { event: 0, prop: 'courierId' },
        fields: [
          { prop: 'courierId', event: 1, from: 'courierId' },
          { prop: 'zone', event: 0, from: 'zone' },
          { prop: 'shiftId', event: 1, from: 'shiftId' },
        ],
      },
    ]);
  });

  it('checks each event against its cause, not the board order: reactions to one event, or to an early one, publish in either order', async () => {
    const out = join(dir, 'causal-order');
    const board = getExample('food-delivery')?.board;
    if (!board) throw new Error('missing example');
    writeFiles(out, generateProject(board));
    const { checkCausalOrder } = (await import(join(out, 'slices/support/harness.mjs'))) as {
      checkCausalOrder(steps: readonly { event: string; cause: number | null }[], seen: readonly { headers: Record<string, string> }[]): void;
    };
    const at = (second: number) => ({ headers: { 'occurred-at': `2026-12-05T01:00:0${second}.000Z` } });
    // A (a call); C (a call the test makes once A arrived); B (a policy reacting to A, done before C).
    const steps = [{ event: 'A', cause: null }, { event: 'C', cause: 0 }, { event: 'B', cause: 0 }];
    expect(() => checkCausalOrder(steps, [at(1), at(3), at(2)])).not.toThrow();
    expect(() => checkCausalOrder(steps, [at(2), at(3), at(1)])).toThrow(/B \(.*\) happened before A \(.*\), which causes it/);
    // The plan: a call follows the step before it, a policy or timer the step of its trigger.
    const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/eshop-ordering.storm.json'), 'utf8'));
    if (!parsed.ok) throw new Error('invalid board file');
    const checkout = planSlices(parsed.board, buildPlan(parsed.board)).tests.find((t) => t.name === 'Checkout to paid order');
    expect(checkout?.steps.map((s) => s.cause)).toEqual([null, 0, 1, 2, 3, 4, 5, 6, 7]);
    const food = planSlices(board, buildPlan(board)).tests[0];
    expect(food?.steps.map((s) => s.cause)).toEqual([null, 0]);
  });

  it('the harness refuses to run without the system (GATEWAY_URL), saying how to run it', async () => {
    const out = join(dir, 'harness');
    const files = generateProject((getExample('food-delivery') as { board: Parameters<typeof generateProject>[0] }).board);
    writeFiles(out, files);
    const run = spawnSync(process.execPath, ['--test', join(out, 'slices/courier-rides-a-shift.test.mjs')], { encoding: 'utf8', env: { ...process.env, GATEWAY_URL: '', KAFKA_BROKERS: '' } });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('is not set: run the slice tests with npm run test:system');
  });

  it('knows the id of an aggregate a policy created: the slice waits for its event, whose aggregate-id the harness keeps', () => {
    // eShop's Order is created by a policy (checkout accepted → Create Order); the buyer then
    // cancels it and the admin tries to ship it, both calls naming the order's id.
    const parsed = parseBoardFile(readFileSync(join(PACKAGE_DIR, 'test/boards/eshop-ordering.storm.json'), 'utf8'));
    if (!parsed.ok) throw new Error('invalid board file');
    const { tests } = planSlices(parsed.board, buildPlan(parsed.board));
    expect(tests.map((t) => t.name)).toEqual(['Checkout to paid order', 'Buyer cancels in the grace period', 'Shipping an unpaid order']);
    for (const test of tests.filter((t) => t.name !== 'Checkout to paid order')) {
      const steps = test.steps;
      expect(steps.map((s) => [s.event, s.aggregate, s.call ? s.call.idParam : s.policy])).toEqual([
        ['BasketUpdated', 'basket.basket', null],
        ['UserCheckoutAccepted', 'basket.basket', 'basketId'],
        ['OrderStarted', 'ordering.order', 'Create the order from an accepted checkout'],
        [test.name === 'Shipping an unpaid order' ? 'OrderShippingRefused' : 'OrderStatusChangedToCancelled', 'ordering.order', 'orderId'],
      ]);
      // Every call that names an aggregate comes after a step of that aggregate (a creating call, or its event).
      for (const [i, s] of steps.entries()) if (s.call?.idParam) expect(steps.slice(0, i).some((e) => e.aggregate === s.call?.aggregate)).toBe(true);
    }
    const harness = generateProject(parsed.board).get('slices/support/harness.mjs') ?? '';
    expect(harness).toContain("if (step.aggregate && !ids.has(step.aggregate) && message.headers['aggregate-id']) ids.set(step.aggregate, message.headers['aggregate-id']);");
  });

  it('waits for a timed event due after an earlier event of the slice (eShop\'s grace period), bounded by its duration × SCHEDULER_TIME_SCALE; a cron one is reported', () => {
    const text = readFileSync(join(PACKAGE_DIR, 'test/boards/eshop-ordering.storm.json'), 'utf8');
    const parsed = parseBoardFile(text);
    if (!parsed.ok) throw new Error('invalid board file');
    const checkout = planSlices(parsed.board, buildPlan(parsed.board)).tests.find((t) => t.name === 'Checkout to paid order');
    expect(checkout?.steps.map((s) => [s.event, s.call ? s.call.operationId : (s.policy ?? s.timer?.duration)])).toEqual([
      ['BasketUpdated', 'updateBasket'],
      ['UserCheckoutAccepted', 'checkoutBasket'],
      ['OrderStarted', 'Create the order from an accepted checkout'],
      ['GracePeriodConfirmed', 'PT1M'],
      ['OrderStatusChangedToAwaitingValidation', 'Start validation when the grace period ends'],
      ['OrderStockConfirmed', 'Check the stock of every order line'],
      ['OrderStatusChangedToStockConfirmed', 'Mark the order stock-confirmed'],
      ['OrderPaymentSucceeded', 'Charge the buyer once the stock is confirmed'],
      ['OrderStatusChangedToPaid', 'Mark the order paid'],
    ]);
    // Nothing to send for the timer: its service raises it; the test waits for it on its channel.
    expect(checkout?.steps[3]).toMatchObject({ call: null, policy: null, aggregate: null, timer: { after: 'OrderStarted', duration: 'PT1M', ms: 60_000 } });
    const files = generateProject(parsed.board);
    expect(files.get('slices/support/harness.mjs')).toContain('DEADLINE_MS + (step.timer ? step.timer.ms * TIME_SCALE : 0)');
    expect(files.get('scripts/testSystem.ts')).toContain("SCHEDULER_POLL_MS: process.env.SCHEDULER_POLL_MS || '100'");
    expect(files.get('ordering/src/generated/runtime/scheduler.ts')).toContain('const dueAt = new Date(from.getTime() + (due.getTime() - from.getTime()) * (this.options.timeScale ?? 1));');
    // A cron schedule happens at wall-clock moments the slice cannot bring forward.
    const cron = parseBoardFile(text.replace('"kind": "after",\n          "duration": "PT1M",\n          "eventId": "es-evt-order-started"', '"kind": "cron",\n          "expression": "*/5 * * * *"'));
    if (!cron.ok) throw new Error('invalid board file');
    expect(cron.board.stickies.find((s) => s.text === 'Grace Period Confirmed')?.schedule).toEqual({ kind: 'cron', expression: '*/5 * * * *' });
    const undrivable = planSlices(cron.board, buildPlan(cron.board)).undrivable.find((u) => u.name === 'Checkout to paid order');
    expect(undrivable?.reasons).toContain(
      '"Grace Period Confirmed" happens on the cron schedule "*/5 * * * *", at wall-clock moments nothing in the slice starts or brings forward, so a test cannot wait for it: only a timed event due a duration after an earlier event of the slice can be played.',
    );
  });
});

describe('regenerating slice tests', () => {
  it('removes the generated test of a slice that is gone, keeps people\'s own slice tests', async () => {
    const { writeProject } = await import('../src/node/writeProject');
    const { writeFileSync, existsSync } = await import('node:fs');
    const out = join(dir, 'regenerate');
    const board = (getExample('food-delivery') as { board: Parameters<typeof generateProject>[0] }).board;
    writeProject(out, generateProject(board));
    writeFileSync(join(out, 'slices/mine.test.mjs'), "import { test } from 'node:test';\ntest('mine', () => {});\n");
    expect(existsSync(join(out, 'slices/courier-rides-a-shift.test.mjs'))).toBe(true);
    board.slices = board.slices.filter((s) => s.name !== 'Courier rides a shift');
    const report = writeProject(out, generateProject(board));
    expect(report.removed).toEqual(['slices/courier-rides-a-shift.test.mjs']);
    expect(existsSync(join(out, 'slices/courier-rides-a-shift.test.mjs'))).toBe(false);
    expect(existsSync(join(out, 'slices/mine.test.mjs'))).toBe(true);
    expect(existsSync(join(out, 'slices/closing-a-closed-shift.test.mjs'))).toBe(true);
  });
});
