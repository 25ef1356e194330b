import { describe, expect, it } from 'vitest';
import { findingsOf } from './lintTestUtil';
import { orderingBoard, testBoard } from './testBoard';

describe('A1 aggregate over several contexts', () => {
  it('reports an aggregate whose event sits in another context', () => {
    const board = orderingBoard().add('event', 'orderPaid', 'Order Paid', { ctx: 'kitchen' }).link('order', 'orderPaid').build();
    const [finding] = findingsOf(board, 'A1');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding?.ids[0]).toBe('order');
    expect(finding?.ids).toContain('orderPaid');
    expect(finding?.message).toContain('Kitchen: "Order Paid"');
  });
  it('accepts aggregates kept in one context, and is off at big picture', () => {
    expect(findingsOf(orderingBoard().build(), 'A1')).toEqual([]);
    const board = orderingBoard().add('event', 'orderPaid', 'Order Paid', { ctx: 'kitchen' }).link('order', 'orderPaid').build();
    expect(findingsOf(board, 'A1', { level: 'bigPicture' })).toEqual([]);
  });
});

describe('S1 sticky outside every context', () => {
  it('warns at process level and is an error at design level, the same as for codegen', () => {
    const board = orderingBoard().add('event', 'lost', 'Order Lost', { timed: true }).build();
    expect(findingsOf(board, 'S1', { level: 'process' })).toEqual([expect.objectContaining({ severity: 'warning', ids: ['lost'] })]);
    // One severity: the Checks panel at design level and the Generate step agree.
    expect(findingsOf(board, 'S1')[0]?.severity).toBe('error');
    expect(findingsOf(board, 'S1', { forCodegen: true })[0]?.severity).toBe('error');
    expect(findingsOf(board, 'S1', { level: 'process', forCodegen: true })[0]?.severity).toBe('error');
  });
  it('ignores actors, external systems and annotations outside contexts', () => {
    const board = orderingBoard().add('externalSystem', 'x', 'Bank').add('hotspot', 'h', 'Why?').add('note', 'n', 'hi').build();
    expect(findingsOf(board, 'S1', { forCodegen: true })).toEqual([]);
  });
});

describe('S2 sticky in several contexts', () => {
  it('warns, naming the contexts', () => {
    const board = orderingBoard().add('readModel', 'menu', 'Menu', { ctx: ['ordering', 'kitchen'] }).build();
    const [finding] = findingsOf(board, 'S2', { level: 'process' });
    expect(finding).toMatchObject({ severity: 'warning', ids: ['menu', 'ordering', 'kitchen'] });
    expect(findingsOf(board, 'S2')[0]?.severity).toBe('error');
    expect(finding?.message).toContain('Ordering, Kitchen');
  });
  it('is quiet when every sticky is in one context', () => expect(findingsOf(orderingBoard().build(), 'S2')).toEqual([]));
});

describe('H1 open hotspot in the thin slice', () => {
  const board = () =>
    orderingBoard()
      .add('hotspot', 'h1', 'What if the kitchen is closed?')
      .add('hotspot', 'h2', 'Refunds?', { resolved: true })
      .add('hotspot', 'h3', 'Elsewhere')
      .add('event', 'other', 'Order Archived', { ctx: 'ordering', timed: true })
      .link('h1', 'cookWhenOrdered')
      .link('h2', 'orderPlaced')
      .link('h3', 'other')
      .slice('happy', ['orderPlaced', 'cookingStarted']);
  it('reports unresolved hotspots on the slice’s stickies as info', () => {
    const findings = findingsOf(board().build(), 'H1', { sliceId: 'happy' });
    expect(findings).toEqual([expect.objectContaining({ severity: 'info', ids: ['h1', 'cookWhenOrdered'] })]);
    expect(findings[0]?.message).toContain('"What if the kitchen is closed?"');
  });
  it('is off without a slice, and ignores resolved hotspots and hotspots elsewhere', () => {
    expect(findingsOf(board().build(), 'H1')).toEqual([]);
    const other = findingsOf(board().slice('other', ['other']).build(), 'H1', { sliceId: 'other' });
    expect(other.map((f) => f.ids)).toEqual([['h3', 'other']]);
    expect(findingsOf(testBoard().build(), 'H1', { sliceId: 'missing' })).toEqual([]);
  });
});
