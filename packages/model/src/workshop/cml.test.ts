import { describe, expect, it } from 'vitest';
import type { ContextRelationship } from '../schema/ContextRelationship';
import { exportContextMapperCml } from './cml';
import { CmlNameScope, cmlName, cmlString } from './cmlNames';
import { orderingBoard } from './testBoard';

const rel = (patch: Partial<ContextRelationship>): ContextRelationship => ({
  id: 'r',
  kind: 'upstreamDownstream',
  upstreamId: 'ctx1',
  downstreamId: 'ctx2',
  upstreamPatterns: [],
  downstreamPatterns: [],
  description: '',
  ...patch,
});

const withRelationships = (...relationships: ContextRelationship[]) => ({ ...orderingBoard(), relationships });

describe('cmlName', () => {
  it('makes Pascal and camel identifiers from free text', () => {
    expect(cmlName('order placed!', 'pascal', 'X')).toBe('OrderPlaced');
    expect(cmlName('Order ID', 'camel', 'x')).toBe('orderID');
    expect(cmlName('Crème brûlée', 'pascal', 'X')).toBe('CremeBrulee');
  });
  it('falls back on empty text and guards a leading digit', () => {
    expect(cmlName('  !!! ', 'pascal', 'Context')).toBe('Context');
    expect(cmlName('2 fast', 'pascal', 'Context')).toBe('Context2Fast');
  });
  it('escapes keywords with ^', () => {
    expect(cmlName('entity', 'pascal', 'X')).toBe('^Entity');
    expect(cmlName('key', 'camel', 'x')).toBe('^key');
  });
  it('makes names unique within a scope', () => {
    const scope = new CmlNameScope();
    expect(scope.claim('Order')).toBe('Order');
    expect(scope.claim('order')).toBe('order2');
    expect(scope.claim('Order')).toBe('Order3');
  });
  it('escapes string literals', () => {
    expect(cmlString('say "hi"\\\nbye')).toBe('"say \\"hi\\"\\\\\\nbye"');
  });
});

describe('exportContextMapperCml', () => {
  it('writes a context map with contexts, aggregates and relationships', () => {
    const cml = exportContextMapperCml(orderingBoard());
    expect(cml).toContain('ContextMap FoodOrderingContextMap {');
    expect(cml).toContain('  contains Ordering, Kitchen');
    expect(cml).toContain('  // Kitchen listens to orders\n  Ordering [U,OHS,PL]->[D,ACL] Kitchen');
    expect(cml).toContain('BoundedContext Ordering {\n  domainVisionStatement = "Take orders \\"fast\\"\\nand right."');
    expect(cml).toContain('  responsibilities = "Execution"');
    expect(cml).toContain(
      [
        '  Aggregate OrderAggregate {',
        '    Entity Order {',
        '      aggregateRoot',
        '      String orderId required',
        '      List<String> lines',
        '      BigDecimal total required',
        '      String ^key',
        '    }',
        '    DomainEvent OrderPlaced {',
        '      String orderId required',
        '    }',
        '  }',
      ].join('\n'),
    );
    expect(cml).toContain('  Aggregate TicketAggregate {\n    Entity Ticket {\n      aggregateRoot\n    }\n    DomainEvent CookingStarted\n  }');
    expect(cml.endsWith('}\n')).toBe(true);
  });

  it('uses the bracket syntax of every relationship kind', () => {
    const cases: [Partial<ContextRelationship>, string][] = [
      [{ kind: 'customerSupplier', upstreamPatterns: ['OHS'], downstreamPatterns: ['CF'] }, '  Ordering [U,S,OHS]->[D,C,CF] Kitchen'],
      [{ kind: 'sharedKernel' }, '  Ordering [SK]<->[SK] Kitchen'],
      [{ kind: 'partnership' }, '  Ordering [P]<->[P] Kitchen'],
      [{ kind: 'separateWays' }, '  // Ordering and Kitchen go Separate Ways (no relationship in CML)'],
      [{ upstreamPatterns: ['CS'], downstreamPatterns: ['CS'] }, '  Ordering [U,S]->[D,C] Kitchen'],
      [{}, '  Ordering [U]->[D] Kitchen'],
    ];
    for (const [patch, line] of cases) expect(exportContextMapperCml(withRelationships(rel(patch)))).toContain(line);
  });

  it('writes one relationship per pair of contexts (M2) and says what it left out', () => {
    const cml = exportContextMapperCml(
      withRelationships(rel({ id: 'r1', upstreamPatterns: ['OHS', 'PL'], downstreamPatterns: ['ACL'] }), rel({ id: 'r2', kind: 'sharedKernel', upstreamId: 'ctx2', downstreamId: 'ctx1' })),
    );
    expect(cml).toContain('  Ordering [U,OHS,PL]->[D,ACL] Kitchen');
    expect(cml).not.toContain('[SK]');
    expect(cml).toContain('  // left out, a second relationship between Kitchen and Ordering (a pair has one)');
  });

  it('leaves out roles on the wrong side (M1) and says so', () => {
    const cml = exportContextMapperCml(withRelationships(rel({ upstreamPatterns: ['ACL', 'OHS'], downstreamPatterns: ['PL'] })));
    expect(cml).toContain('  // left out, not allowed there (rule M1): ACL upstream, PL downstream\n  Ordering [U,OHS]->[D] Kitchen');
  });

  it('skips relationships whose contexts are gone', () => {
    const cml = exportContextMapperCml(withRelationships(rel({ downstreamId: 'nope' })));
    expect(cml).not.toContain('->');
  });

  it('keeps hostile names inside the syntax', () => {
    const board = orderingBoard();
    board.name = 'x" } ContextMap Evil {\n//';
    board.contexts[0]!.name = 'Ordering';
    board.contexts[1]!.name = 'ordering';
    board.relationships[0]!.description = 'line one\n}\nBoundedContext Evil';
    const cml = exportContextMapperCml(board);
    expect(cml).toContain('contains Ordering, Ordering2');
    expect(cml).toContain('// line one } BoundedContext Evil\n');
    // every non-comment line holds only identifiers, keywords, punctuation and string literals
    for (const line of cml.split('\n')) {
      const code = line.replace(/"(?:\\.|[^"\\])*"/g, '""').replace(/\/\/.*$/, '');
      expect(code).toMatch(/^[\sA-Za-z0-9_^,{}[\]<>=\-"]*$/);
    }
    expect(cml.match(/^ContextMap /gm)).toHaveLength(1);
    expect(cml.match(/^BoundedContext /gm)).toHaveLength(2);
  });

  it('handles an empty board', () => {
    const cml = exportContextMapperCml({ ...orderingBoard(), contexts: [], relationships: [] });
    expect(cml).toContain('ContextMap FoodOrderingContextMap {\n  type = SYSTEM_LANDSCAPE\n  state = TO_BE\n}');
  });
});
