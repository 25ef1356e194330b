import { describe, expect, it } from 'vitest';
import { FixtureBuilder, fields, shopBoard } from '../../test/fixtureBoard';
import { CodegenError, buildPlan } from './buildPlan';
import type { ContextPlan } from './types';

const byName = (plan: { contexts: readonly ContextPlan[] }, name: string) => {
  const ctx = plan.contexts.find((c) => c.name === name);
  if (!ctx) throw new Error(`no ${name}`);
  return ctx;
};

describe('buildPlan on the shop fixture', () => {
  const plan = buildPlan(shopBoard());
  const sales = byName(plan, 'Sales');
  const shipping = byName(plan, 'Shipping');

  it('maps commands to REST operations (reference §6)', () => {
    const [order] = sales.aggregates;
    expect(order?.pascal).toBe('Order');
    expect(order?.collection).toBe('orders');
    expect(order?.idParam).toBe('orderId');
    expect(order?.idField?.type).toBe('uuid');
    expect(order?.commands.map((c) => [c.camel, c.http.method, c.http.path, c.http.status])).toEqual([
      ['placeOrder', 'post', '/orders', 201],
      ['cancelOrder', 'post', '/orders/{orderId}/cancel', 200],
    ]);
    expect(order?.queries.map((q) => [q.operationId, q.path])).toEqual([
      ['listOrders', '/orders'],
      ['getOrder', '/orders/{orderId}'],
    ]);
    // "orderId" on Cancel Order is the path parameter, not a body field.
    expect(order?.commands[1]?.fields.map((f) => f.prop)).toEqual(['reason']);
  });

  it('pairs each command with the events it emits', () => {
    const [order] = sales.aggregates;
    expect(order?.commands.map((c) => c.events.map((e) => e.pascal))).toEqual([['OrderPlaced'], ['OrderCancelled']]);
  });

  it('names channels after the context and aggregate collection and shares them with subscribers', () => {
    const placed = sales.published.find((e) => e.pascal === 'OrderPlaced');
    expect(placed?.channel).toBe('sales.orders.order-placed');
    expect(placed?.keyProp).toBe('orderId');
    expect(shipping.subscribed).toContain(placed);
    expect(plan.flows.find((f) => f.event === placed)).toMatchObject({ from: 'Sales', to: ['Shipping'] });
  });

  it('plans policies, outbound calls, read models, timed events and risks', () => {
    const ship = shipping.policies.find((p) => p.camel === 'shipPlacedOrders');
    expect(ship?.issues.map((i) => i.kind)).toEqual(['local']);
    const book = shipping.policies.find((p) => p.camel === 'bookAPickupForDispatchedShipments');
    expect(book?.issues[0]).toMatchObject({ kind: 'outbound', outbound: { camel: 'bookPickup', target: { kind: 'external', name: 'Carrier' } } });
    expect(shipping.subscribed.map((e) => e.pascal)).toEqual(['OrderPlaced', 'PickupBooked']);
    expect(shipping.subscribed.find((e) => e.pascal === 'PickupBooked')?.channel).toBe('carrier.pickup-booked');
    expect(shipping.published.find((e) => e.timed)?.channel).toBe('shipping.daily-cutoff-reached');
    expect(sales.readModels[0]).toMatchObject({ collection: 'order-summaries', list: { operationId: 'listOrderSummaries' }, get: { path: '/order-summaries/{id}' } });
    expect(sales.risks.map((r) => r.text)).toEqual(['Can a shipped order be cancelled?']);
    expect(plan.syncCalls).toEqual([{ from: 'Shipping', to: 'Carrier', command: 'Book Pickup' }]);
  });

  it('selects contexts by name or id and refuses unknown ones', () => {
    expect(buildPlan(shopBoard(), { contexts: ['shipping'] }).contexts.map((c) => c.name)).toEqual(['Shipping']);
    expect(buildPlan(shopBoard(), { contexts: ['ctx1'] }).contexts.map((c) => c.name)).toEqual(['Sales']);
    expect(() => buildPlan(shopBoard(), { contexts: ['Billing'] })).toThrow(CodegenError);
  });
});

describe('verb heuristics', () => {
  const b = new FixtureBuilder('Verbs');
  const ctx = b.context('Accounts');
  const account = b.sticky('aggregate', 'Account', ctx, { fields: fields('name: string') });
  const names = ['Open Account', 'Update Account', 'Replace Account', 'Delete Account', 'Get Account', 'List Accounts', 'Freeze Account', 'Import Account', 'Change Name'];
  for (const name of names) b.link(b.sticky('command', name, ctx, { fields: fields('name?: string') }), account);
  const [agg] = buildPlan(b.board).contexts[0]?.aggregates ?? [];

  it('uses plain verbs for plain CRUD names and actions for the rest', () => {
    expect(agg?.commands.map((c) => `${c.http.method.toUpperCase()} ${c.http.path}`)).toEqual([
      'POST /accounts',
      'PATCH /accounts/{accountId}',
      'PUT /accounts/{accountId}',
      'DELETE /accounts/{accountId}',
      'GET /accounts/{accountId}',
      'GET /accounts',
      'POST /accounts/{accountId}/freeze',
      'POST /accounts/{accountId}/import',
      'POST /accounts/{accountId}/change-name',
    ]);
    // Commands took over the default GET operations.
    expect(agg?.queries).toEqual([]);
  });
});

describe('duplicate and blank names', () => {
  it('gives unique, valid names', () => {
    const b = new FixtureBuilder('');
    const ctx = b.context('');
    const agg = b.sticky('aggregate', '\u0915\u093e', ctx); // Devanagari: no table covers it
    for (let i = 0; i < 3; i++) b.link(b.sticky('command', 'Do it', ctx), agg);
    const plan = buildPlan(b.board);
    expect(plan.contexts[0]?.slug).toBe('context');
    expect(plan.contexts[0]?.aggregates[0]?.pascal).toBe('Aggregate');
    expect(plan.contexts[0]?.aggregates[0]?.commands.map((c) => c.camel)).toEqual(['doIt', 'doIt2', 'doIt3']);
  });
});
