import { describe, expect, it } from 'vitest';
import { findingsOf } from './lintTestUtil';
import { testBoard } from './testBoard';

const contexts = () => testBoard().context('a', 'Ordering').context('b', 'Kitchen');

describe('M1 context map', () => {
  it('reports ACL/CF upstream and OHS/PL downstream', () => {
    const board = contexts().relationship('r', 'upstreamDownstream', 'a', 'b', ['ACL'], ['OHS']).build();
    const [finding] = findingsOf(board, 'M1');
    expect(finding).toMatchObject({ severity: 'error', ids: ['r', 'a', 'b'] });
    expect(finding?.message).toContain('Anticorruption Layer (ACL) is built by the downstream side, not the upstream (ACL on Ordering)');
    expect(finding?.message).toContain('Open Host Service (OHS) is offered by the upstream side, not the downstream (OHS on Kitchen)');
  });
  it('reports ACL and Conformist together on the downstream, and Customer/Supplier marked on one end only', () => {
    const board = contexts()
      .relationship('r1', 'upstreamDownstream', 'a', 'b', [], ['ACL', 'CF'])
      .relationship('r2', 'upstreamDownstream', 'b', 'a', ['CS'], [])
      .build();
    const findings = findingsOf(board, 'M1');
    expect(findings.map((f) => f.ids[0])).toEqual(['r1', 'r2']);
    expect(findings[0]?.message).toContain('Conformist (CF) and Anticorruption Layer (ACL) exclude each other');
    expect(findings[1]?.message).toContain('Customer/Supplier (C/S) is a pair');
  });
  it('reports roles given to Shared Kernel and Partnership, and patterns on Separate Ways', () => {
    const board = contexts()
      .relationship('sk', 'sharedKernel', 'a', 'b', ['OHS'])
      .relationship('p', 'partnership', 'a', 'b', [], ['CF'])
      .relationship('sw', 'separateWays', 'a', 'b', ['PL'])
      .build();
    expect(findingsOf(board, 'M1').map((f) => f.ids[0])).toEqual(['p', 'sk', 'sw']);
    expect(findingsOf(board, 'M1', { level: 'bigPicture' })[0]?.severity).toBe('error');
  });
  it('reports symmetric patterns used as a side, and a context related to itself', () => {
    const board = contexts().relationship('r1', 'upstreamDownstream', 'a', 'b', ['SK']).relationship('r2', 'customerSupplier', 'a', 'a').build();
    expect(findingsOf(board, 'M1').map((f) => f.ids[0])).toEqual(['r1', 'r2']);
  });
  it('accepts patterns on their own side and bare symmetric relationships', () => {
    const board = contexts()
      .relationship('r1', 'upstreamDownstream', 'a', 'b', ['OHS', 'PL'], ['ACL'])
      .relationship('r2', 'customerSupplier', 'b', 'a', ['CS'], ['CF', 'CS'])
      .relationship('r3', 'sharedKernel', 'a', 'b')
      .relationship('r4', 'partnership', 'a', 'b')
      .relationship('r5', 'separateWays', 'a', 'b')
      .build();
    expect(findingsOf(board, 'M1')).toEqual([]);
  });
});

describe('M2 one relationship per pair of contexts', () => {
  it('reports a contradictory second relationship for the same pair, in either direction', () => {
    const board = contexts()
      .relationship('r1', 'upstreamDownstream', 'a', 'b', ['OHS', 'PL'], ['ACL'])
      .relationship('r2', 'sharedKernel', 'b', 'a')
      .build();
    const findings = findingsOf(board, 'M2');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', ids: ['r2', 'r1', 'a', 'b'] });
    expect(findings[0]?.message).toContain('Ordering and Kitchen have 2 relationships');
    expect(findings[0]?.message).toContain('contradict each other');
    expect(findings[0]?.message).toContain('Shared Kernel Kitchen – Ordering');
    expect(findingsOf(board, 'M2', { level: 'bigPicture' })[0]?.severity).toBe('error');
  });
  it('reports an exact duplicate without calling it a contradiction', () => {
    const board = contexts().relationship('r1', 'partnership', 'a', 'b').relationship('r2', 'partnership', 'a', 'b').build();
    const [finding] = findingsOf(board, 'M2');
    expect(finding?.message).not.toContain('contradict');
  });
  it('accepts one relationship per pair', () => {
    const board = contexts().context('c', 'Billing').relationship('r1', 'upstreamDownstream', 'a', 'b').relationship('r2', 'customerSupplier', 'b', 'c').build();
    expect(findingsOf(board, 'M2')).toEqual([]);
  });
});
