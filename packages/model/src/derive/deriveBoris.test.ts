import { describe, expect, it } from 'vitest';
import type { Board } from '../schema/Board';
import { orderingBoard } from '../lint/testBoard';
import { deriveBoris } from './deriveBoris';

/** Ordering → Kitchen (async, via "Order Placed"), Kitchen → Billing (sync), payments via an external system. */
function restaurant() {
  return orderingBoard()
    .context('billing', 'Billing')
    .add('policy', 'billWhenCooked', 'Bill When Cooking Started', { ctx: 'kitchen' })
    .add('command', 'createInvoice', 'Create Invoice', { ctx: 'billing' })
    .add('aggregate', 'invoice', 'Invoice', { ctx: 'billing' })
    .add('event', 'invoiceCreated', 'Invoice Created', { ctx: 'billing' })
    .chain('cookingStarted', 'billWhenCooked', 'createInvoice', 'invoice', 'invoiceCreated')
    .add('policy', 'chargeWhenInvoiced', 'Charge When Invoiced', { ctx: 'billing' })
    .add('command', 'chargeCard', 'Charge Card', { ctx: 'billing' })
    .add('externalSystem', 'psp', 'Payment Provider')
    .add('externalSystem', 'psp2', 'payment  provider')
    .add('event', 'paymentReceived', 'Payment Received', { ctx: 'billing' })
    .add('policy', 'closeWhenPaid', 'Close When Paid', { ctx: 'ordering' })
    .chain('invoiceCreated', 'chargeWhenInvoiced', 'chargeCard', 'psp')
    .chain('psp2', 'paymentReceived', 'closeWhenPaid');
}

const ids = (board: Board, sliceId?: string) => {
  const d = deriveBoris(board, sliceId === undefined ? {} : { sliceId });
  return { nodes: d.nodes.map((n) => n.id), edges: d.edges.map((e) => e.id) };
};

describe('deriveBoris', () => {
  it('makes a service per context and a topic per cross-context event, with async edges', () => {
    const d = deriveBoris(orderingBoard().build());
    expect(d.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      ['svc:kitchen', 'service', 'Kitchen'],
      ['svc:ordering', 'service', 'Ordering'],
      ['topic:orderPlaced', 'topic', 'Order Placed'],
    ]);
    expect(d.edges.map((e) => [e.id, e.mode, e.from, e.to, e.label])).toEqual([
      ['edge:async:svc:ordering:topic:orderPlaced', 'async', 'svc:ordering', 'topic:orderPlaced', 'Order Placed'],
      ['edge:async:topic:orderPlaced:svc:kitchen', 'async', 'topic:orderPlaced', 'svc:kitchen', 'Cook When Ordered'],
    ]);
    expect(d.edges[0]?.sourceIds).toEqual(['order', 'orderPlaced']);
    expect(d.edges[1]?.sourceIds).toEqual(['orderPlaced', 'cookWhenOrdered']);
    expect(d.nodes.find((n) => n.id === 'topic:orderPlaced')).toMatchObject({ sourceIds: ['orderPlaced'], contextId: 'ordering' });
    expect(d.edges.every((e) => e.derived && !e.hidden && e.note === null)).toBe(true);
  });

  it('draws a sync edge for a command a policy in one context issues onto an aggregate in another', () => {
    const edge = deriveBoris(restaurant().build()).edges.find((e) => e.id === 'edge:sync:svc:kitchen:svc:billing:createInvoice');
    expect(edge).toMatchObject({ mode: 'sync', label: 'Create Invoice', sourceIds: ['billWhenCooked', 'createInvoice', 'invoice'] });
  });

  it('merges same-named external systems; sync when invoked, async (via a topic) when they produce', () => {
    const d = deriveBoris(restaurant().build());
    expect(d.nodes.filter((n) => n.kind === 'external')).toEqual([
      expect.objectContaining({ id: 'ext:psp', label: 'Payment Provider', sourceIds: ['psp', 'psp2'] }),
    ]);
    const edgeIds = d.edges.map((e) => e.id);
    expect(edgeIds).toContain('edge:sync:svc:billing:ext:psp:chargeCard');
    expect(edgeIds).toContain('edge:async:ext:psp:topic:paymentReceived');
    expect(edgeIds).toContain('edge:async:topic:paymentReceived:svc:ordering');
  });

  it('draws UIs calling their own service, or the handling service when outside every context', () => {
    const board = orderingBoard()
      .add('ui', 'app', 'Customer App')
      .add('ui', 'kds', 'Kitchen Display', { ctx: 'kitchen' })
      .add('command', 'cancel', 'Cancel Order', { ctx: 'ordering' })
      .link('app', 'placeOrder')
      .link('kds', 'cancel')
      .link('cancel', 'order')
      .build();
    const edges = deriveBoris(board).edges.map((e) => e.id);
    expect(edges).toEqual(
      expect.arrayContaining([
        'edge:sync:ui:app:svc:ordering:placeOrder',
        'edge:sync:ui:kds:svc:kitchen:cancel',
        'edge:sync:svc:kitchen:svc:ordering:cancel',
      ]),
    );
    expect(deriveBoris(board).nodes.find((n) => n.id === 'ui:kds')).toMatchObject({ kind: 'ui', contextId: 'kitchen' });
  });

  it('draws a query edge when a policy is informed by another context’s read model', () => {
    const board = orderingBoard().add('readModel', 'stock', 'Stock Levels', { ctx: 'kitchen' }).link('cookingStarted', 'stock').link('stock', 'cookWhenOrdered').build();
    expect(ids(board).edges).not.toContain('edge:sync:svc:kitchen:svc:kitchen:stock');
    const cross = orderingBoard().add('readModel', 'stock', 'Stock Levels', { ctx: 'ordering' }).link('orderPlaced', 'stock').link('stock', 'cookWhenOrdered').build();
    expect(ids(cross).edges).toContain('edge:sync:svc:kitchen:svc:ordering:stock');
  });

  it('gives public events a topic even without consumers', () => {
    const board = orderingBoard().build();
    const cooking = board.stickies.find((s) => s.id === 'cookingStarted');
    if (cooking) cooking.public = true;
    expect(ids(board).edges).toContain('edge:async:svc:kitchen:topic:cookingStarted');
  });

  it('does not depend on the order of records', () => {
    const board = restaurant().build();
    const shuffled: Board = { ...board, stickies: [...board.stickies].reverse(), links: [...board.links].reverse(), contexts: [...board.contexts].reverse() };
    expect(deriveBoris(shuffled)).toEqual(deriveBoris(board));
  });
});

describe('deriveBoris slices', () => {
  it('keeps only the parts touching the slice’s events', () => {
    const board = restaurant().slice('billing', ['cookingStarted', 'invoiceCreated']).build();
    const { nodes, edges } = ids(board, 'billing');
    expect(nodes).toEqual(['svc:billing', 'svc:kitchen', 'ext:psp']);
    expect(edges).toEqual(['edge:sync:svc:billing:ext:psp:chargeCard', 'edge:sync:svc:kitchen:svc:billing:createInvoice']);
  });
  it('keeps the topic of a cross-context slice event', () => {
    const board = restaurant().slice('order', ['orderPlaced']).build();
    expect(ids(board, 'order')).toEqual({
      nodes: ['svc:kitchen', 'svc:ordering', 'topic:orderPlaced'],
      edges: ['edge:async:svc:ordering:topic:orderPlaced', 'edge:async:topic:orderPlaced:svc:kitchen'],
    });
  });
  it('gives an empty diagram for an unknown slice', () => {
    expect(deriveBoris(restaurant().build(), { sliceId: 'nope' })).toEqual({ sliceId: 'nope', nodes: [], edges: [] });
  });
});

describe('deriveBoris overrides', () => {
  it('applies positions, hidden edges, added edges and notes', () => {
    const board = restaurant().build();
    board.boris = {
      nodePositions: { 'svc:kitchen': { x: 10, y: 20 }, 'ext:psp2': { x: 5, y: 5 } },
      hiddenEdgeIds: ['edge:async:topic:orderPlaced:svc:kitchen'],
      addedEdges: [
        { id: 'manual1', from: 'svc:ordering', to: 'svc:billing', mode: 'sync', label: 'Get Prices' },
        { id: 'manual2', from: 'svc:gone', to: 'svc:billing', mode: 'async', label: 'Old' },
      ],
      notes: { 'svc:billing': 'Owned by finance', manual1: 'cache this' },
    };
    const d = deriveBoris(board);
    expect(d.nodes.find((n) => n.id === 'svc:kitchen')?.position).toEqual({ x: 10, y: 20 });
    expect(d.nodes.find((n) => n.id === 'svc:ordering')?.position).toBeNull();
    // A merged node finds the position stored under one of its stickies' ids.
    expect(d.nodes.find((n) => n.id === 'ext:psp')?.position).toEqual({ x: 5, y: 5 });
    expect(d.nodes.find((n) => n.id === 'svc:billing')?.note).toBe('Owned by finance');
    expect(d.edges.find((e) => e.id === 'edge:async:topic:orderPlaced:svc:kitchen')?.hidden).toBe(true);
    expect(d.edges.find((e) => e.id === 'manual1')).toEqual({
      id: 'manual1',
      from: 'svc:ordering',
      to: 'svc:billing',
      mode: 'sync',
      derivedMode: 'sync',
      label: 'Get Prices',
      sourceIds: [],
      derived: false,
      hidden: false,
      note: 'cache this',
    });
    expect(d.edges.some((e) => e.id === 'manual2')).toBe(false);
  });

  it('switches a derived edge’s mode (sync ↔ async) and remembers the derived one', () => {
    const board = restaurant().build();
    const id = 'edge:async:topic:orderPlaced:svc:kitchen';
    expect(deriveBoris(board).edges.find((e) => e.id === id)).toMatchObject({ mode: 'async', derivedMode: 'async' });
    board.boris = { ...board.boris, edgeModes: { [id]: 'sync' } };
    expect(deriveBoris(board).edges.find((e) => e.id === id)).toMatchObject({ mode: 'sync', derivedMode: 'async', derived: true });
  });

  it('keeps people’s edits when the storm changes and Boris is derived again', () => {
    const builder = orderingBoard();
    const board = builder.build();
    board.boris.nodePositions['svc:kitchen'] = { x: 300, y: 40 };
    board.boris.hiddenEdgeIds.push('edge:async:svc:ordering:topic:orderPlaced');
    board.boris.notes['topic:orderPlaced'] = 'lean event';
    const before = deriveBoris(board);

    // The storm changes: a new context and event flow appear, a sticky is renamed.
    builder
      .context('delivery', 'Delivery')
      .add('policy', 'dispatch', 'Dispatch When Cooking Started', { ctx: 'delivery' })
      .link('cookingStarted', 'dispatch');
    const kitchen = board.contexts.find((c) => c.id === 'kitchen');
    if (kitchen) kitchen.name = 'Kitchen Ops';
    const after = deriveBoris(board);

    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    expect(after.nodes.find((n) => n.id === 'svc:kitchen')).toMatchObject({ position: { x: 300, y: 40 }, label: 'Kitchen Ops' });
    expect(after.nodes.find((n) => n.id === 'topic:orderPlaced')?.note).toBe('lean event');
    expect(after.edges.find((e) => e.id === 'edge:async:svc:ordering:topic:orderPlaced')?.hidden).toBe(true);
    expect(after.nodes.map((n) => n.id)).toContain('topic:cookingStarted');
  });
});
