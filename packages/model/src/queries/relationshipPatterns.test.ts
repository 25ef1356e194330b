import { describe, expect, it } from 'vitest';
import type { ContextPattern, RelationshipKind } from '../schema/ContextRelationship';
import { isCustomerSupplier, patternOptions, patternRefusal, relationshipPatternProblems, validPatterns } from './relationshipPatterns';

const rel = (kind: RelationshipKind, upstreamPatterns: ContextPattern[] = [], downstreamPatterns: ContextPattern[] = []) => ({ kind, upstreamPatterns, downstreamPatterns });
const allowed = (options: ReturnType<typeof patternOptions>) => options.filter((o) => o.refusal === null).map((o) => o.pattern);

describe('which pattern may sit where (reference §5)', () => {
  it('offers OHS/PL upstream only and ACL/CF downstream only', () => {
    expect(allowed(patternOptions(rel('upstreamDownstream'), 'upstream'))).toEqual(['OHS', 'PL']);
    expect(allowed(patternOptions(rel('upstreamDownstream'), 'downstream'))).toEqual(['ACL', 'CF']);
    expect(allowed(patternOptions(rel('customerSupplier'), 'downstream'))).toEqual(['ACL', 'CF']);
    expect(patternRefusal('upstreamDownstream', 'upstream', 'ACL')).toMatch(/built by the downstream side/);
    expect(patternRefusal('upstreamDownstream', 'downstream', 'PL')).toMatch(/offered by the upstream side/);
  });
  it('makes ACL and Conformist exclude each other on the downstream', () => {
    const options = patternOptions(rel('upstreamDownstream', [], ['ACL']), 'downstream');
    expect(allowed(options)).toEqual(['ACL']);
    expect(options.find((o) => o.pattern === 'CF')?.refusal).toMatch(/exclude each other/);
  });
  it('offers nothing on Shared Kernel, Partnership and Separate Ways, saying why', () => {
    for (const kind of ['sharedKernel', 'partnership', 'separateWays'] as const) {
      for (const side of ['upstream', 'downstream'] as const) expect(allowed(patternOptions(rel(kind), side))).toEqual([]);
    }
    expect(patternRefusal('sharedKernel', 'upstream', 'OHS')).toMatch(/Shared Kernel is symmetric/);
    expect(patternRefusal('separateWays', 'downstream', 'ACL')).toMatch(/Separate Ways means no relationship/);
  });
  it('reports stored problems and keeps only what is valid', () => {
    const old = rel('upstreamDownstream', ['ACL', 'OHS', 'SK'], ['OHS', 'CF', 'ACL']);
    expect(relationshipPatternProblems(old).map((p) => `${p.side}:${p.pattern}`)).toEqual(['upstream:ACL', 'upstream:SK', 'downstream:OHS', 'downstream:ACL']);
    expect(validPatterns(old)).toEqual({ upstreamPatterns: ['OHS'], downstreamPatterns: ['CF'] });
    expect(validPatterns(rel('partnership', ['OHS'], ['CF']))).toEqual({ upstreamPatterns: [], downstreamPatterns: [] });
    expect(relationshipPatternProblems(rel('upstreamDownstream', ['OHS', 'PL'], ['ACL']))).toEqual([]);
  });
  it('treats Customer/Supplier as a pair: the kind, or CS on both ends', () => {
    expect(isCustomerSupplier(rel('customerSupplier'))).toBe(true);
    expect(isCustomerSupplier(rel('upstreamDownstream', ['CS'], ['CS']))).toBe(true);
    expect(relationshipPatternProblems(rel('upstreamDownstream', ['CS'], ['CS']))).toEqual([]);
    expect(relationshipPatternProblems(rel('upstreamDownstream', [], ['CS']))[0]?.reason).toMatch(/is a pair/);
    expect(validPatterns(rel('upstreamDownstream', [], ['CS', 'ACL']))).toEqual({ upstreamPatterns: [], downstreamPatterns: ['ACL'] });
  });
});
