import { describe, expect, it } from 'vitest';
import { orderingBoard } from '../lint/testBoard';
import { deriveSnap, deriveSnapSheets } from './deriveSnap';
import type { SnapSheet } from './snapTypes';

const texts = (sheet: SnapSheet) =>
  Object.fromEntries(Object.entries(sheet.sections).map(([section, entries]) => [section, entries.map((e) => e.text)]));

function restaurant() {
  return orderingBoard()
    .add('ui', 'app', 'Customer App', { ctx: 'ordering' })
    .add('externalSystem', 'psp', 'Payment Provider')
    .add('command', 'charge', 'Charge Card', { ctx: 'ordering' })
    .add('policy', 'chargeWhenPlaced', 'Charge When Placed', { ctx: 'ordering' })
    .add('event', 'paid', 'Payment Received', { ctx: 'ordering' })
    .add('policy', 'confirmWhenPaid', 'Confirm When Paid', { ctx: 'ordering' })
    .add('hotspot', 'h1', 'Partial refunds?')
    .add('hotspot', 'h2', 'Tips?', { ctx: 'ordering' })
    .add('hotspot', 'h3', 'Solved', { ctx: 'ordering', resolved: true })
    .add('event', 'ticketClosed', 'Ticket Closed', { ctx: 'kitchen', public: true })
    .chain('orderPlaced', 'chargeWhenPlaced', 'charge', 'psp', 'paid', 'confirmWhenPaid')
    .link('ticket', 'ticketClosed')
    .link('app', 'placeOrder')
    .link('h1', 'order');
}

describe('deriveSnap', () => {
  it('derives the eight sections of a service', () => {
    const board = restaurant().build();
    const order = board.stickies.find((s) => s.id === 'order');
    if (order) {
      order.fields = [
        { name: 'orderId', type: 'uuid', list: false, required: true, description: '' },
        { name: 'lines', type: 'string', list: true, required: false, description: '' },
      ];
    }
    const sheet = deriveSnap(board, 'ordering');
    expect(sheet.contextName).toBe('Ordering');
    expect(texts(sheet)).toEqual({
      apis: ['Order Status (query)', 'Place Order'],
      data: ['Order (orderId: uuid, lines?: string[])'],
      publishes: ['Order Placed → Kitchen'],
      subscribes: ['Payment Received (from Payment Provider)'],
      externalSystems: ['Payment Provider (calls: Charge Card; hears: Payment Received)'],
      uis: ['Customer App'],
      stories: ['As a Customer I want to Place Order so that Order Placed'],
      risks: ['Partial refunds?', 'Tips?'],
    });
    const placeOrder = sheet.sections.apis.find((e) => e.text === 'Place Order');
    expect(placeOrder).toEqual({
      id: 'snap:ordering:apis:placeOrder',
      section: 'apis',
      text: 'Place Order',
      derived: true,
      sourceIds: ['placeOrder', 'order'],
      dismissed: false,
    });
    expect(sheet.sections.stories[0]?.id).toBe('snap:ordering:stories:customer:placeOrder');
  });

  it('lists foreign events a policy handles as subscriptions, and public events as publications', () => {
    const kitchen = texts(deriveSnap(restaurant().build(), 'kitchen'));
    expect(kitchen.subscribes).toEqual(['Order Placed (from Ordering)']);
    expect(kitchen.publishes).toEqual(['Ticket Closed (public)']);
    expect(kitchen.apis).toEqual(['Start Cooking']);
    expect(kitchen.stories).toEqual([]);
  });

  it('merges entries repeated on the board', () => {
    const board = orderingBoard().add('aggregate', 'order2', 'order', { ctx: 'ordering' }).add('ui', 'u1', 'App', { ctx: 'ordering' }).add('ui', 'u2', 'App', { ctx: 'ordering' }).build();
    const sheet = deriveSnap(board, 'ordering');
    expect(sheet.sections.data).toEqual([expect.objectContaining({ id: 'snap:ordering:data:order', sourceIds: ['order', 'order2'] })]);
    expect(sheet.sections.uis.map((e) => e.id)).toEqual(['snap:ordering:uis:u1']);
  });

  it('adds manual entries after derived ones and flags dismissed entries without removing them', () => {
    const board = restaurant().build();
    board.snap.manualEntries.push(
      { id: 'm1', contextId: 'ordering', section: 'risks', text: 'Peak load at lunch' },
      { id: 'm2', contextId: 'kitchen', section: 'risks', text: 'Not ours' },
    );
    board.snap.dismissedIds.push('snap:ordering:uis:app');
    const sheet = deriveSnap(board, 'ordering');
    expect(sheet.sections.risks.map((e) => [e.id, e.derived])).toEqual([
      ['snap:ordering:risks:h1', true],
      ['snap:ordering:risks:h2', true],
      ['m1', false],
    ]);
    expect(sheet.sections.uis).toEqual([expect.objectContaining({ id: 'snap:ordering:uis:app', dismissed: true })]);
  });

  it('keeps manual entries and dismissals when the storm changes and the sheet is derived again', () => {
    const builder = restaurant();
    const board = builder.build();
    board.snap.manualEntries.push({ id: 'm1', contextId: 'ordering', section: 'apis', text: 'GET /menu' });
    board.snap.dismissedIds.push('snap:ordering:apis:orderStatus');

    builder
      .add('command', 'cancel', 'Cancel Order', { ctx: 'ordering' })
      .add('event', 'cancelled', 'Order Cancelled', { ctx: 'ordering' })
      .add('aggregate', 'order3', 'Order', { ctx: 'ordering' })
      .chain('customer', 'cancel', 'order3', 'cancelled')
      .outcome('cancel', 'cancelled');
    const placeOrder = board.stickies.find((s) => s.id === 'placeOrder');
    if (placeOrder) placeOrder.text = 'Submit Order';
    const sheet = deriveSnap(board, 'ordering');

    expect(sheet.sections.apis.map((e) => [e.id, e.text, e.derived, e.dismissed])).toEqual([
      ['snap:ordering:apis:cancel', 'Cancel Order', true, false],
      ['snap:ordering:apis:orderStatus', 'Order Status (query)', true, true],
      ['snap:ordering:apis:placeOrder', 'Submit Order', true, false],
      ['m1', 'GET /menu', false, false],
    ]);
    expect(texts(sheet).stories).toContain('As a Customer I want to Cancel Order so that Order Cancelled');
  });

  it('gives an unknown context its manual entries only, and derives every sheet at once', () => {
    const board = restaurant().build();
    board.snap.manualEntries.push({ id: 'm1', contextId: 'gone', section: 'risks', text: 'x' });
    const sheet = deriveSnap(board, 'gone');
    expect(sheet.sections.risks.map((e) => e.id)).toEqual(['m1']);
    expect(sheet.sections.apis).toEqual([]);
    expect(deriveSnapSheets(board).map((s) => s.contextId)).toEqual(['ordering', 'kitchen']);
  });
});
