import { describe, expect, it } from 'vitest';
import { findingsOf } from './lintTestUtil';
import { orderingBoard } from './testBoard';

describe('X1 cross-context event without async Boris edge', () => {
  it('reports an error once a person hid the topic edge', () => {
    const board = orderingBoard().build();
    board.boris.hiddenEdgeIds.push('edge:async:topic:orderPlaced:svc:kitchen');
    const [finding] = findingsOf(board, 'X1');
    expect(finding).toMatchObject({ severity: 'error', ids: ['orderPlaced', 'cookWhenOrdered', 'ordering', 'kitchen'] });
    expect(finding?.message).toContain('from Ordering to policy "Cook When Ordered" in Kitchen');
  });
  it('is quiet on a derived Boris, and when a person added an async edge instead', () => {
    expect(findingsOf(orderingBoard().build(), 'X1')).toEqual([]);
    const board = orderingBoard().build();
    board.boris.hiddenEdgeIds.push('edge:async:topic:orderPlaced:svc:kitchen');
    board.boris.addedEdges.push({ id: 'a1', from: 'svc:ordering', to: 'svc:kitchen', mode: 'async', label: 'orders' });
    expect(findingsOf(board, 'X1')).toEqual([]);
  });
});

describe('B3 cycle of synchronous calls', () => {
  /** Kitchen calls Ordering (a kitchen policy issues a command on Order). */
  const withKitchenCallingOrdering = () =>
    orderingBoard()
      .add('policy', 'rejectWhenOut', 'Reject When Out Of Stock', { ctx: 'kitchen' })
      .add('command', 'rejectOrder', 'Reject Order', { ctx: 'ordering' })
      .add('event', 'orderRejected', 'Order Rejected', { ctx: 'ordering' })
      .chain('cookingStarted', 'rejectWhenOut', 'rejectOrder', 'order');

  it('warns when services call each other synchronously in a cycle', () => {
    const board = withKitchenCallingOrdering()
      .add('policy', 'askKitchen', 'Ask Kitchen When Placed', { ctx: 'ordering' })
      .add('command', 'reserveSlot', 'Reserve Slot', { ctx: 'kitchen' })
      .chain('orderPlaced', 'askKitchen', 'reserveSlot', 'ticket')
      .build();
    const [finding] = findingsOf(board, 'B3');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('Kitchen, Ordering');
    expect(finding?.ids).toEqual(
      expect.arrayContaining(['rejectOrder', 'reserveSlot', 'edge:sync:svc:kitchen:svc:ordering:rejectOrder', 'edge:sync:svc:ordering:svc:kitchen:reserveSlot']),
    );
  });
  it('counts edges people added, ignores hidden ones, and is quiet without a cycle', () => {
    expect(findingsOf(withKitchenCallingOrdering().build(), 'B3')).toEqual([]);
    const board = withKitchenCallingOrdering().build();
    board.boris.addedEdges.push({ id: 'back', from: 'svc:ordering', to: 'svc:kitchen', mode: 'sync', label: 'Check' });
    expect(findingsOf(board, 'B3')).toHaveLength(1);
    board.boris.hiddenEdgeIds.push('back');
    expect(findingsOf(board, 'B3')).toEqual([]);
  });
});
