import { describe, expect, it } from 'vitest';
import { orderingBoard } from '../lint/testBoard';
import { suggestRelationships } from './suggestRelationships';

describe('suggestRelationships', () => {
  it('makes the publisher upstream of its subscribers', () => {
    expect(suggestRelationships(orderingBoard().build())).toEqual([
      {
        id: 'suggest:ordering:kitchen',
        kind: 'upstreamDownstream',
        upstreamId: 'ordering',
        downstreamId: 'kitchen',
        reasons: ['Ordering publishes "Order Placed", handled in Kitchen'],
        sourceIds: ['order', 'orderPlaced', 'cookWhenOrdered'],
        edgeIds: ['edge:async:svc:ordering:topic:orderPlaced', 'edge:async:topic:orderPlaced:svc:kitchen'],
        existingRelationshipId: null,
      },
    ]);
  });

  it('makes the callee upstream of the caller, and mutual dependencies a partnership', () => {
    const board = orderingBoard()
      .context('billing', 'Billing')
      .add('policy', 'bill', 'Bill When Cooking Started', { ctx: 'kitchen' })
      .add('command', 'createInvoice', 'Create Invoice', { ctx: 'billing' })
      .add('aggregate', 'invoice', 'Invoice', { ctx: 'billing' })
      .chain('cookingStarted', 'bill', 'createInvoice', 'invoice')
      .add('policy', 'cancel', 'Cancel When Cooking Started', { ctx: 'ordering' })
      .add('command', 'cancelOrder', 'Cancel Order', { ctx: 'ordering' })
      .chain('cookingStarted', 'cancel', 'cancelOrder', 'order')
      .relationship('r1', 'customerSupplier', 'billing', 'kitchen')
      .build();
    const suggestions = suggestRelationships(board);
    expect(suggestions.map((s) => [s.id, s.kind, s.existingRelationshipId])).toEqual([
      ['suggest:billing:kitchen', 'upstreamDownstream', 'r1'],
      ['suggest:kitchen:ordering', 'partnership', null],
    ]);
    expect(suggestions[0]?.reasons).toEqual(['Kitchen calls Billing: "Create Invoice"']);
  });

  it('ignores edges people hid', () => {
    const board = orderingBoard().build();
    board.boris.hiddenEdgeIds.push('edge:async:topic:orderPlaced:svc:kitchen');
    expect(suggestRelationships(board)).toEqual([]);
  });
});
