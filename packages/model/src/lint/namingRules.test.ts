import { describe, expect, it } from 'vitest';
import { findingsOf } from './lintTestUtil';
import { orderingBoard, testBoard } from './testBoard';

describe('N1 naming', () => {
  it('flags an event not in the past tense and a command not imperative, as info at every level', () => {
    const board = testBoard().add('event', 'e', 'Place Order').add('command', 'c', 'Order Placed').build();
    const findings = findingsOf(board, 'N1');
    expect(findings.map((f) => [f.ids, f.severity])).toEqual([
      [['c'], 'info'],
      [['e'], 'info'],
    ]);
    expect(findings[0]?.message).toContain('Command "Order Placed"');
    expect(findings[1]?.message).toContain('Event "Place Order"');
    expect(findingsOf(board, 'N1', { level: 'bigPicture' })).toHaveLength(2);
  });
  it('accepts well-named stickies and ignores empty ones', () => {
    const board = orderingBoard().add('event', 'blank', '  ').add('event', 'sent', 'Invoice Sent', { timed: true }).build();
    expect(findingsOf(board, 'N1')).toEqual([]);
  });
});

describe('A2 same name twice in one context', () => {
  it('warns about two events with the same name (case and spacing ignored) in one context', () => {
    const board = orderingBoard().add('event', 'dup', ' order  placed', { ctx: 'ordering' }).build();
    const [finding] = findingsOf(board, 'A2');
    expect(finding).toMatchObject({ severity: 'warning', ids: ['orderPlaced', 'dup', 'ordering'] });
    expect(finding?.message).toContain('in Ordering');
  });
  it('counts names as the same when their code words are ("PlaceOrder" and "Place Order"), as codegen does', () => {
    const board = orderingBoard().add('command', 'dup', 'PlaceOrder', { ctx: 'ordering' }).build();
    expect(findingsOf(board, 'A2').map((f) => f.ids)).toEqual([['placeOrder', 'dup', 'ordering']]);
  });
  it('accepts the same name in two contexts, different kinds, and repeated aggregates', () => {
    const board = orderingBoard()
      .add('event', 'other', 'Order Placed', { ctx: 'kitchen' })
      .add('command', 'cmd', 'Order Placed', { ctx: 'ordering' })
      .add('aggregate', 'order2', 'Order', { ctx: 'ordering' })
      .build();
    expect(findingsOf(board, 'A2')).toEqual([]);
  });
});

describe('N2 derived code names to review', () => {
  it('shows the code name derived from Korean text or emoji, as info', () => {
    const board = orderingBoard().add('command', 'kr', '예약 생성', { ctx: 'ordering' }).add('event', 'emoji', '🚀 Launched', { ctx: 'ordering' }).build();
    const findings = findingsOf(board, 'N2');
    expect(findings.map((f) => [f.ids, f.severity])).toEqual([
      [['emoji'], 'info'],
      [['kr'], 'info'],
    ]);
    expect(findings[1]?.message).toContain('`yeyakSaengseong`');
  });
  it('is quiet for English names, set code names and kinds that never reach code', () => {
    const board = orderingBoard()
      .add('command', 'set', '예약 생성', { ctx: 'ordering', codeName: 'createReservation' })
      .add('actor', 'actor', '고객', { ctx: 'ordering' })
      .build();
    expect(findingsOf(board, 'N2')).toEqual([]);
  });
});

describe('N3 two bounded contexts with the same name', () => {
  it('warns about contexts whose names differ only in case and spacing', () => {
    const board = testBoard().context('a', 'Scheduling').context('b', ' scheduling ').context('c', 'Billing').build();
    const findings = findingsOf(board, 'N3');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', ids: ['a', 'b'] })]);
    expect(findings[0]?.message).toContain('2 bounded contexts are named "Scheduling"');
    expect(findingsOf(board, 'N3', { level: 'bigPicture' })[0]?.severity).toBe('warning');
  });
  it('accepts distinct names and ignores unnamed contexts', () => {
    const board = testBoard().context('a', 'Scheduling').context('b', 'Billing').context('c', '').context('d', ' ').build();
    expect(findingsOf(board, 'N3')).toEqual([]);
  });
});
