import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { runTests, typecheck } from './runGenerated';

// The Ordering service of food-delivery driven like a client, after a developer has
// supplied the one value the board leaves open for Cancel Order (who cancelled): its
// lifecycle holds (confirm after cancel → 409), each call publishes its one outcome, the
// state is stored, and moments come from the clock.
const dir = scratchDir('lifecycle-run');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

const CANCEL_HANDLER = `// Written by a developer: the board leaves "cancelled by" open.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';

export const handler: CommandHandlers['cancelOrder'] = (ctx, input) => defaults.cancelOrder(ctx, input, { cancelledBy: () => 'customer' });
`;

const SCENARIO = `import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Order } from '../src/generated/types.js';
import { Harness } from './support/harness.js';

const order = (orderId: string, state: Order['state']): Order => ({
  orderId, state, customerId: UUID(1), restaurantId: UUID(2), lines: ['1 x soup'], total: { amount: 1250, currency: 'EUR' }, status: 'placed', deliveryAddress: 'Main St 1',
});
const names = (h: Harness) => h.emitted.map((m) => m.name);
const O1 = '3f2b6c1a-9d4e-4b7a-8c5d-2e1f0a9b8c7d';
const O2 = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const UUID = (n: number) => \`00000000-0000-4000-8000-\${String(n).padStart(12, '0')}\`;

test('confirm after cancel answers 409 and publishes nothing more', async () => {
  const h = await Harness.start();
  try {
    await h.service.repositories.order.save(order(O1, 'Placed'));
    const cancel = await h.call('post', '/orders/{orderId}/cancel', { params: { orderId: O1 }, body: { reason: 'changed my mind' } });
    h.expectResponse(cancel, 'post', '/orders/{orderId}/cancel', 200);
    assert.equal((cancel.body as Order).state, 'Cancelled');
    assert.deepEqual(names(h), ['OrderCancelled']);
    assert.equal((h.emitted[0]?.payload as { cancelledBy: string }).cancelledBy, 'customer');

    const confirm = await h.call('post', '/orders/{orderId}/confirm', { params: { orderId: O1 }, body: { paymentId: UUID(3) } });
    h.expectResponse(confirm, 'post', '/orders/{orderId}/confirm', 409);
    assert.match(confirm.contentType, /application\\/problem\\+json/);
    assert.match(String((confirm.body as { detail: string }).detail), /not accepted while the Order is Cancelled/);
    assert.deepEqual(names(h), ['OrderCancelled']);
    assert.equal((await h.service.repositories.order.get(O1))?.state, 'Cancelled');

    const again = await h.call('post', '/orders/{orderId}/cancel', { params: { orderId: O1 }, body: { reason: 'twice' } });
    assert.equal(again.status, 409);
    assert.deepEqual(names(h), ['OrderCancelled']);
  } finally {
    await h.close();
  }
});

test('confirm then complete: one event per call, states stored, completedAt from the clock', async () => {
  const h = await Harness.start();
  try {
    await h.service.repositories.order.save(order(O2, 'Placed'));
    const confirm = await h.call('post', '/orders/{orderId}/confirm', { params: { orderId: O2 }, body: { paymentId: UUID(4) } });
    h.expectResponse(confirm, 'post', '/orders/{orderId}/confirm', 200);
    assert.deepEqual(names(h), ['OrderConfirmed']);
    assert.equal((await h.service.repositories.order.get(O2))?.state, 'Confirmed');
    const before = Date.now();
    const complete = await h.call('post', '/orders/{orderId}/complete', { params: { orderId: O2 }, body: {} });
    h.expectResponse(complete, 'post', '/orders/{orderId}/complete', 200);
    assert.deepEqual(names(h), ['OrderConfirmed', 'OrderCompleted']);
    const completedAt = Date.parse((h.emitted[1]?.payload as { completedAt: string }).completedAt);
    assert.ok(completedAt >= before - 1000 && completedAt <= Date.now() + 1000, 'completedAt is now, from ctx.clock');
    assert.equal((await h.service.repositories.order.get(O2))?.state, 'Completed');
  } finally {
    await h.close();
  }
});

test('Place Order answers 501 naming what the board leaves open, and stores nothing', async () => {
  const h = await Harness.start();
  try {
    const reply = await h.call('post', '/orders', { body: { basketId: UUID(5), deliveryAddress: 'Main St 1' } });
    assert.equal(reply.status, 501);
    assert.match(String((reply.body as { detail: string }).detail), /Place Order: Order\\.customerId is not mapped/);
    assert.deepEqual(await h.service.repositories.order.list(), []);
    assert.deepEqual(names(h), []);
  } finally {
    await h.close();
  }
});
`;

describe('generated Ordering service (food-delivery) with a developer-supplied value', () => {
  const board = getExample('food-delivery')?.board;
  if (!board) throw new Error('missing example');
  const files = new Map([...generateProject(board)].filter(([path]) => path.startsWith('ordering/')));
  writeFiles(dir, files);
  writeFileSync(join(dir, 'ordering/src/handlers/order/cancelOrder.ts'), CANCEL_HANDLER);
  writeFileSync(join(dir, 'ordering/test/lifecycle.test.ts'), SCENARIO);

  it('type-checks and enforces the lifecycle, one outcome per call', () => {
    const checked = typecheck(dir, ['ordering/src', 'ordering/test']);
    expect(checked.output).toBe('');
    const result = runTests(dir, ['ordering/test/lifecycle.test.ts']);
    expect(result.fail, result.output.slice(-4000)).toBe(0);
    expect(result.pass).toBe(3);
    passed = true;
  }, 600_000);
});
