import { describe, expect, it } from 'vitest';
import { testBoard } from '../lint/testBoard';
import { indexBoard } from './boardIndex';
import { outOfOrderEvents } from './eventOrder';

/** placed → policy → command → aggregate → paid, each one further right. */
const flow = () =>
  testBoard()
    .add('event', 'placed', 'Order Placed')
    .add('policy', 'pol', 'Charge every placed order')
    .add('command', 'charge', 'Charge Card')
    .add('aggregate', 'pay', 'Payment')
    .add('event', 'paid', 'Card Charged')
    .add('event', 'declined', 'Card Declined')
    .chain('placed', 'pol', 'charge', 'pay', 'paid')
    .link('pay', 'declined')
    .outcome('charge', 'paid')
    .outcome('charge', 'declined', 'rejection');

describe('events out of timeline order', () => {
  it('finds none when every outcome stands right of the event that leads to it', () => {
    expect(outOfOrderEvents(indexBoard(flow().build()))).toEqual([]);
  });
  it('reports an outcome placed left of the event whose policy leads to it (success or rejection)', () => {
    const board = flow().build();
    board.stickies.find((s) => s.id === 'declined')!.position.x = -100;
    const found = outOfOrderEvents(indexBoard(board));
    expect(found.map((f) => [f.event.id, f.after.id])).toEqual([['declined', 'placed']]);
  });
});
