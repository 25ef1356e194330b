import { describe, expect, it } from 'vitest';
import { findingsOf } from './lintTestUtil';
import { orderingBoard, testBoard } from './testBoard';

describe('E1 event without producer', () => {
  it('reports an event nothing produces, as an error at design level and info at big picture', () => {
    const board = testBoard().add('event', 'e', 'Order Placed', { ctx: 'a' }).build();
    const [finding] = findingsOf(board, 'E1');
    expect(finding).toMatchObject({ severity: 'error', ids: ['e'] });
    expect(finding?.message).toContain('"Order Placed"');
    expect(findingsOf(board, 'E1', { level: 'bigPicture' })[0]?.severity).toBe('info');
    expect(findingsOf(board, 'E1', { level: 'process' })[0]?.severity).toBe('warning');
  });
  it('accepts produced and timed events', () => {
    const board = testBoard()
      .add('aggregate', 'g', 'Order')
      .add('event', 'e', 'Order Placed')
      .add('externalSystem', 'x', 'Bank')
      .add('event', 'e2', 'Money Received')
      .add('event', 'e3', 'Month Ended', { timed: true })
      .chain('g', 'e')
      .chain('x', 'e2')
      .build();
    expect(findingsOf(board, 'E1')).toEqual([]);
  });
});

describe('E2 event straight to event', () => {
  it('warns on a precedes link at design level but not at big picture', () => {
    const board = testBoard().add('event', 'a', 'Order Placed').add('event', 'b', 'Order Paid').link('a', 'b').build();
    expect(findingsOf(board, 'E2')).toEqual([
      expect.objectContaining({ severity: 'warning', ids: ['a', 'b', 'l_a_b'] }),
    ]);
    expect(findingsOf(board, 'E2', { level: 'bigPicture' })).toEqual([]);
  });
  it('is quiet when a policy sits between the events', () => {
    expect(findingsOf(orderingBoard().build(), 'E2')).toEqual([]);
  });
});

describe('C1 command without target', () => {
  it('reports a command not invoked on anything', () => {
    const board = testBoard().add('actor', 'u', 'Clerk').add('command', 'c', 'Place Order').link('u', 'c').build();
    expect(findingsOf(board, 'C1')).toEqual([expect.objectContaining({ severity: 'error', ids: ['c'] })]);
    expect(findingsOf(board, 'C3')).toEqual([]);
  });
  it('accepts a command invoked on an aggregate or external system', () => {
    const board = testBoard()
      .add('command', 'c', 'Charge Card')
      .add('externalSystem', 'x', 'Payment Provider')
      .link('c', 'x')
      .build();
    expect(findingsOf(board, 'C1')).toEqual([]);
  });
});

describe('C2 command without trigger', () => {
  it('warns about a command nobody issues', () => {
    const board = testBoard().add('command', 'c', 'Place Order').build();
    expect(findingsOf(board, 'C2')).toEqual([expect.objectContaining({ severity: 'warning', ids: ['c'] })]);
  });
  it('accepts commands issued by an actor, a UI or a policy', () => {
    const board = orderingBoard().add('ui', 'screen', 'Menu Screen').add('command', 'c3', 'Cancel Order').link('screen', 'c3').build();
    expect(findingsOf(board, 'C2')).toEqual([]);
  });
});

describe('C3 command producing no event', () => {
  it('warns when the command’s aggregate produces nothing', () => {
    const board = testBoard().add('command', 'c', 'Place Order').add('aggregate', 'g', 'Order').link('c', 'g').build();
    expect(findingsOf(board, 'C3')).toEqual([expect.objectContaining({ severity: 'warning', ids: ['c', 'g'] })]);
  });
  it('is quiet on a command whose aggregate produces an event', () => {
    expect(findingsOf(orderingBoard().build(), 'C3')).toEqual([]);
  });
});

describe('P1 policy with several events', () => {
  it('warns and names the events', () => {
    const board = orderingBoard().add('event', 'e9', 'Order Changed').link('e9', 'cookWhenOrdered').build();
    const [finding] = findingsOf(board, 'P1');
    expect(finding).toMatchObject({ severity: 'warning', ids: ['cookWhenOrdered', 'orderPlaced', 'e9'] });
    expect(finding?.message).toContain('"Order Changed"');
  });
  it('accepts one event per policy', () => expect(findingsOf(orderingBoard().build(), 'P1')).toEqual([]));
});

describe('P2 policy issuing no command', () => {
  it('reports an error', () => {
    const board = testBoard().add('event', 'e', 'Order Placed').add('policy', 'p', 'Notify').link('e', 'p').build();
    expect(findingsOf(board, 'P2')).toEqual([expect.objectContaining({ severity: 'error', ids: ['p'] })]);
  });
  it('accepts a policy that issues a command', () => expect(findingsOf(orderingBoard().build(), 'P2')).toEqual([]));
});

describe('P3 policy mode and actor', () => {
  it('warns about a manual policy without an actor', () => {
    const b = orderingBoard();
    const policy = b.board.stickies.find((s) => s.id === 'cookWhenOrdered');
    if (policy) policy.policyMode = 'manual';
    expect(findingsOf(b.build(), 'P3')).toEqual([expect.objectContaining({ severity: 'warning', ids: ['cookWhenOrdered'] })]);
  });
  it('warns about an automated policy with an actor stuck on it', () => {
    const b = orderingBoard().add('actor', 'chef', 'Chef');
    const policy = b.board.stickies.find((s) => s.id === 'cookWhenOrdered');
    const chef = b.board.stickies.find((s) => s.id === 'chef');
    if (policy && chef) chef.position = { x: policy.position.x + 10, y: policy.position.y + 10 };
    const board = b.build();
    const [finding] = findingsOf(board, 'P3');
    expect(finding).toMatchObject({ ids: ['cookWhenOrdered', 'chef'] });
    expect(finding?.message).toContain('"Chef"');
  });
  it('accepts a manual policy with an actor, and an automated one whose command a person may also issue', () => {
    const b = orderingBoard().add('actor', 'chef', 'Chef').link('chef', 'startCooking');
    const policy = b.board.stickies.find((s) => s.id === 'cookWhenOrdered');
    if (policy) policy.policyMode = 'manual';
    expect(findingsOf(b.build(), 'P3')).toEqual([]);
    const automated = orderingBoard().add('actor', 'chef', 'Chef').link('chef', 'startCooking').build();
    expect(findingsOf(automated, 'P3')).toEqual([]);
  });
});

describe('R1 read model not fed or not used', () => {
  it('warns about a read model fed by nothing and used by nothing', () => {
    const board = testBoard().add('readModel', 'r', 'Menu').build();
    const [finding] = findingsOf(board, 'R1');
    expect(finding).toMatchObject({ severity: 'warning', ids: ['r'] });
    expect(finding?.message).toContain('fed by no event and used by nothing');
  });
  it('warns about a fed read model nobody uses', () => {
    const board = testBoard().add('event', 'e', 'Dish Added').add('readModel', 'r', 'Menu').link('e', 'r').build();
    expect(findingsOf(board, 'R1')[0]?.message).toContain('used by nothing');
  });
  it('accepts a read model fed by an event and observed by an actor or informing a policy', () => {
    expect(findingsOf(orderingBoard().build(), 'R1')).toEqual([]);
    const board = orderingBoard().add('readModel', 'r2', 'Stock').link('cookingStarted', 'r2').link('r2', 'cookWhenOrdered').build();
    expect(findingsOf(board, 'R1')).toEqual([]);
  });
});
