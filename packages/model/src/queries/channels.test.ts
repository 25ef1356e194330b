import { describe, expect, it } from 'vitest';
import { testBoard } from '../lint/testBoard';
import { indexBoard } from './boardIndex';
import { channelOf, contextSlugs, contractSlug, copiesOfEvent, originalOfEvent } from './channels';

/** Ordering places orders; Shipping hears a copy of "Order Placed"; a carrier answers; a timer ticks. */
function shop() {
  return testBoard()
    .add('aggregate', 'order', 'Order', { ctx: 'ordering' })
    .add('event', 'placed', 'Order Placed', { ctx: 'ordering' })
    .add('event', 'placed-copy', 'order placed', { ctx: 'shipping' })
    .add('policy', 'ship', 'Ship it', { ctx: 'shipping' })
    .add('externalSystem', 'carrier', 'Carrier', { ctx: 'shipping' })
    .add('event', 'booked', 'Pickup Booked', { ctx: 'shipping' })
    .add('event', 'cutoff', 'Daily Cutoff Reached', { ctx: 'shipping', timed: true })
    .chain('order', 'placed')
    .chain('placed-copy', 'ship')
    .chain('carrier', 'booked')
    .context('ordering', 'Ordering')
    .context('shipping', 'Shipping');
}

describe('channelOf', () => {
  it('addresses an event by its owner: context and aggregate, external system, or context', () => {
    const index = indexBoard(shop().build());
    expect(channelOf(index, 'placed')).toBe('ordering.orders.order-placed');
    expect(channelOf(index, 'booked')).toBe('carrier.pickup-booked');
    expect(channelOf(index, 'cutoff')).toBe('shipping.daily-cutoff-reached');
    expect(channelOf(index, 'order')).toBeUndefined();
  });

  it('gives a copy of an event the original’s channel', () => {
    const index = indexBoard(shop().build());
    expect(originalOfEvent(index, 'placed-copy')?.id).toBe('placed');
    expect(copiesOfEvent(index, 'placed')).toEqual(['placed-copy']);
    expect(channelOf(index, 'placed-copy')).toBe('ordering.orders.order-placed');
  });

  it('does not change when an unrelated context (even with the same names) is added, or stickies move', () => {
    const before = indexBoard(shop().build());
    const board = shop()
      .add('aggregate', 'order2', 'Order', { ctx: 'yard' })
      .add('event', 'placed2', 'Order Placed', { ctx: 'yard' })
      .chain('order2', 'placed2')
      .context('yard', 'Yard')
      .build();
    for (const s of board.stickies) s.position = { x: s.position.y * 7, y: -s.position.x };
    const after = indexBoard(board);
    for (const id of ['placed', 'placed-copy', 'booked', 'cutoff']) expect(channelOf(after, id)).toBe(channelOf(before, id));
    expect(channelOf(after, 'placed2')).toBe('yard.orders.order-placed');
  });

  it('qualifies two events that want one address by their ids, deterministically', () => {
    const index = indexBoard(shop().add('event', 'placed-b', 'Order-Placed', { ctx: 'ordering' }).chain('order', 'placed-b').build());
    expect([channelOf(index, 'placed'), channelOf(index, 'placed-b')]).toEqual(['ordering.orders.order-placed-placed', 'ordering.orders.order-placed-placed-b']);
  });

  it('qualifies contexts sharing a code name by id, and keeps slugs safe', () => {
    const index = indexBoard(testBoard().add('note', 'n', 'x', { ctx: ['a', 'b'] }).context('a', 'Sales').context('b', 'sales!').build());
    expect([...contextSlugs(index).values()]).toEqual(['sales-a', 'sales-b']);
    expect(contractSlug('주문 접수됨', 'event')).toBe('jumun-jeopsudoem');
    expect(contractSlug('3D Print', 'event')).toBe('event-3-d-print');
    expect(contractSlug('con', 'event')).toBe('con-x');
    expect(contractSlug('🎉', 'event')).not.toBe('');
  });
});
