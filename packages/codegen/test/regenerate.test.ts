import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject, writeProject } from '../src/index';
import { fields, shopBoard } from './fixtureBoard';
import { scratchDir } from './files';
import { runTests, typecheck } from './runGenerated';

const dir = scratchDir('regenerate');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

const HANDLER = 'sales/src/handlers/order/cancelOrder.ts';
// A person's rule: an order over 1000.00 (money is in minor units) cannot be cancelled.
const EDITED = `// Edited by a person: keep this.
import type { CommandHandlers } from '../../generated/contracts.js';
import * as defaults from '../../generated/defaults/order.js';
import { ConflictError } from '../../generated/errors.js';

export const handler: CommandHandlers['cancelOrder'] = async (ctx, input) => {
  const order = await ctx.repositories.order.get(input.orderId);
  if (order && order.total.amount > 100_000) throw new ConflictError('Large orders cannot be cancelled online.');
  return defaults.cancelOrder(ctx, input);
};
`;

describe('regeneration keeps people\'s code', () => {
  it('rewrites src/generated/, creates new handlers, keeps edited ones and reports orphans', () => {
    const first = writeProject(dir, generateProject(shopBoard()));
    expect(first.written).toContain(HANDLER);
    writeFileSync(join(dir, HANDLER), EDITED);
    writeFileSync(join(dir, 'sales/src/main.ts'), `${readFileSync(join(dir, 'sales/src/main.ts'), 'utf8')}// my wiring\n`);

    // The board changes: a new command on Order, and Shipping loses Dispatch Shipment.
    const board = shopBoard();
    const order = board.stickies.find((s) => s.text === 'Order');
    if (!order) throw new Error('no Order');
    board.stickies.push({ ...order, id: 'refund', kind: 'command', text: 'Refund Order', fields: fields('amount: money') });
    board.links.push({ id: 'refund-link', kind: 'invokedOn', from: 'refund', to: order.id, label: '' });
    board.contexts[0]?.memberIds.push('refund');
    const dispatch = board.stickies.find((s) => s.text === 'Dispatch Shipment');
    board.links = board.links.filter((l) => l.from !== dispatch?.id);

    const second = writeProject(dir, generateProject(board));
    expect(second.kept).toContain(HANDLER);
    expect(second.kept).toContain('sales/src/main.ts');
    expect(readFileSync(join(dir, HANDLER), 'utf8')).toBe(EDITED);
    expect(readFileSync(join(dir, 'sales/src/main.ts'), 'utf8')).toContain('// my wiring');
    expect(existsSync(join(dir, 'sales/src/handlers/order/refundOrder.ts'))).toBe(true);
    expect(readFileSync(join(dir, 'sales/openapi.yaml'), 'utf8')).toContain('operationId: refundOrder');
    expect(readFileSync(join(dir, 'sales/src/generated/handlers.ts'), 'utf8')).toContain("from '../handlers/order/refundOrder.js'");
    expect(second.orphans).toEqual(['shipping/src/handlers/shipment/dispatchShipment.ts']);
  });

  it('the regenerated service with the edited handler type-checks and passes its tests', () => {
    rmSync(join(dir, 'shipping/src/handlers/shipment/dispatchShipment.ts'));
    const checked = typecheck(dir, ['sales/src', 'sales/test']);
    expect(checked.output).toBe('');
    const tested = runTests(dir, ['sales/test/service.test.ts']);
    expect(tested.fail, tested.output.slice(-3000)).toBe(0);
    expect(tested.output).toContain('refundOrder: POST /orders/{orderId}/refund');
    passed = true;
  }, 600_000);
});
