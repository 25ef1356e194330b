import { describe, expect, it } from 'vitest';
import { orderingBoard, testBoard } from '../lint/testBoard';
import { indexBoard, neighbours } from './boardIndex';
import { contextName, contextOfSticky, contextsOfSticky, membersOfContext, serviceTargetOf } from './contexts';
import { actorsOfPolicy, commandsOfAggregate, issuersOfCommand, producersOfEvent, stickiesOverlap } from './flow';
import { commandCalls, crossBoundaryFlows, sourcesOfEvent } from './messaging';
import { nameKey, stickyName } from './names';
import { namesPair } from '../english/pastForms';
import { suggestOutcomes } from '../decisions/suggest';
import { sliceScope } from './slice';

describe('contexts', () => {
  it('uses explicit membership; a sticky in two contexts belongs to the first', () => {
    const board = orderingBoard().add('readModel', 'menu', 'Menu', { ctx: ['kitchen', 'ordering'] }).build();
    expect(contextOfSticky(board, 'placeOrder')).toBe('ordering');
    expect(contextOfSticky(board, 'customer')).toBeNull();
    // Board order of contexts, not the order the sticky was added to them.
    expect(contextOfSticky(board, 'menu')).toBe('ordering');
    expect(contextsOfSticky(board, 'menu')).toEqual(['ordering', 'kitchen']);
    expect(membersOfContext(board, 'kitchen').map((s) => s.id)).toEqual(['cookWhenOrdered', 'startCooking', 'ticket', 'cookingStarted', 'menu']);
    expect(contextName(board, 'kitchen')).toBe('Kitchen');
    expect(contextName(board, 'nope')).toBe('Unnamed context');
  });
  it('gives a context the service target decided on the board, else the generate default', () => {
    const board = orderingBoard().build();
    const kitchen = board.contexts.find((c) => c.id === 'kitchen');
    if (!kitchen) throw new Error('fixture');
    kitchen.target = 'spring';
    const index = indexBoard(board);
    expect(serviceTargetOf(index, 'kitchen', 'typescript')).toBe('spring');
    expect(serviceTargetOf(index, 'ordering', 'typescript')).toBe('typescript');
    expect(serviceTargetOf(index, 'ordering', 'spring')).toBe('spring');
    expect(serviceTargetOf(index, 'nope', 'spring')).toBeUndefined();
  });
  it('ignores member ids that are not stickies', () => {
    const board = orderingBoard().build();
    board.contexts[0]?.memberIds.push('ghost');
    expect(indexBoard(board).membersByContext.get('ordering')?.some((s) => s.id === 'ghost')).toBe(false);
  });
});

describe('flow helpers', () => {
  it('follow the grammar and ignore links that break it', () => {
    const b = orderingBoard();
    b.board.links.push({ id: 'bad', kind: 'produces', from: 'customer', to: 'orderPlaced', label: '' });
    const index = indexBoard(b.build());
    expect(producersOfEvent(index, 'orderPlaced').map((s) => s.id)).toEqual(['order']);
    expect(commandsOfAggregate(index, 'order').map((s) => s.id)).toEqual(['placeOrder']);
    expect(issuersOfCommand(index, 'startCooking').map((s) => s.id)).toEqual(['cookWhenOrdered']);
    expect(neighbours(index, 'nothing', 'out', 'issues', ['command'])).toEqual([]);
  });
  it('find a policy’s actors stuck on it or issuing its command', () => {
    const b = orderingBoard().add('actor', 'chef', 'Chef').add('actor', 'boss', 'Boss').link('boss', 'startCooking');
    const chef = b.board.stickies.find((s) => s.id === 'chef');
    const policy = b.board.stickies.find((s) => s.id === 'cookWhenOrdered');
    if (!chef || !policy) throw new Error('fixture');
    chef.position = { ...policy.position };
    expect(stickiesOverlap(chef, policy)).toBe(true);
    expect(actorsOfPolicy(indexBoard(b.build()), 'cookWhenOrdered').map((s) => s.id)).toEqual(['chef', 'boss']);
  });
});

describe('messaging', () => {
  it('finds where events come from and which flows cross a boundary', () => {
    const board = orderingBoard().add('event', 'tick', 'Day Ended', { ctx: 'kitchen', timed: true }).add('externalSystem', 'x', 'Bank').add('event', 'paid', 'Money Received').link('x', 'paid').build();
    const index = indexBoard(board);
    expect(sourcesOfEvent(index, 'orderPlaced')).toEqual([{ kind: 'context', contextId: 'ordering', producerIds: ['order'] }]);
    expect(sourcesOfEvent(index, 'tick')).toEqual([{ kind: 'context', contextId: 'kitchen', producerIds: [] }]);
    expect(sourcesOfEvent(index, 'paid')).toEqual([expect.objectContaining({ kind: 'external' })]);
    expect(crossBoundaryFlows(index).map((f) => [f.event.id, f.consumer.sticky.id])).toEqual([['orderPlaced', 'cookWhenOrdered']]);
  });
  it('lists command calls with caller and target contexts', () => {
    const calls = commandCalls(indexBoard(orderingBoard().build()));
    expect(calls.map((c) => [c.command.id, c.issuer?.id, c.callerContextId, c.targetContextId])).toEqual([
      ['placeOrder', 'customer', null, 'ordering'],
      ['startCooking', 'cookWhenOrdered', 'kitchen', 'kitchen'],
    ]);
  });
});

describe('pairing commands with events', () => {
  it('pairs by the command’s verb when an aggregate has several commands and events', () => {
    const board = testBoard()
      .add('command', 'add', 'Add Item')
      .add('command', 'price', 'Change Price')
      .add('command', 'pay', 'Pay Fine')
      .add('aggregate', 'g', 'Menu')
      .add('event', 'added', 'Item Added')
      .add('event', 'changed', 'Price Changed')
      .add('event', 'paid', 'Fine Paid')
      .link('add', 'g')
      .link('price', 'g')
      .link('pay', 'g')
      .chain('g', 'added')
      .chain('g', 'changed')
      .chain('g', 'paid')
      .build();
    const index = indexBoard(board);
    const suggested = (id: string) => suggestOutcomes(index, id).map((o) => o.eventId);
    expect(suggested('add')).toEqual(['added']);
    expect(suggested('price')).toEqual(['changed']);
    expect(suggested('pay')).toEqual(['paid']);
  });
  it('suggests every event of an aggregate with one command', () => {
    expect(namesPair('Submit Claim', 'Claim Submitted')).toBe(true);
    expect(namesPair('Apply Discount', 'Discount Applied')).toBe(true);
    expect(namesPair('Submit Claim', 'Claim Rejected')).toBe(false);
    // Words that are also Object.prototype keys must not reach inherited members.
    expect(namesPair('Constructor Order', 'Order Placed')).toBe(false);
    expect(namesPair('toString Claim', 'Claim Sent')).toBe(false);
    const board = orderingBoard().add('event', 'e2', 'Order Logged', { ctx: 'ordering' }).link('order', 'e2').build();
    expect(suggestOutcomes(indexBoard(board), 'placeOrder')).toEqual([
      { eventId: 'orderPlaced', kind: 'success' },
      { eventId: 'e2', kind: 'success' },
    ]);
  });
});

describe('sliceScope', () => {
  it('collects the stickies around the slice’s events', () => {
    const board = orderingBoard().slice('s', ['orderPlaced', 'ghost']).build();
    const scope = sliceScope(indexBoard(board), 's');
    expect(scope?.eventIds).toEqual(['orderPlaced']);
    expect([...(scope?.stickyIds ?? [])].sort()).toEqual(['cookWhenOrdered', 'customer', 'order', 'orderPlaced', 'orderStatus', 'placeOrder', 'startCooking']);
    expect([...(scope?.commandIds ?? [])].sort()).toEqual(['placeOrder', 'startCooking']);
    expect(sliceScope(indexBoard(board), 'nope')).toBeNull();
  });
});

describe('names', () => {
  it('shows blank stickies by kind and compares names loosely', () => {
    const board = testBoard().add('readModel', 'r', '  ').build();
    expect(stickyName(board.stickies[0] as never)).toBe('untitled read model');
    expect(nameKey('  Order\n Placed ')).toBe('order placed');
  });
});
