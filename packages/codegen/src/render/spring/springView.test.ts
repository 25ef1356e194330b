import { arbitraryBoard } from '@stormscape/model/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../plan/buildPlan';
import { JAVA_RESERVED, isJavaIdent, javaIdent, javaPackage } from '../../naming/javaNames';
import { shopBoard } from '../../../test/fixtureBoard';
import { springView } from './springView';

/** Every name the Spring templates use as a Java identifier (types, members, methods, parameters, package segments). */
function javaIdentifiers(view: ReturnType<typeof springView>): string[] {
  const out: string[] = [view.healthMethod, ...view.pkg.split('.')];
  for (const a of view.aggregates) {
    out.push(a.pascal, `${a.pascal}Entity`, a.camel, ...a.queries.flatMap((q) => [q.operationId, q.idVar]));
    for (const c of a.commands) out.push(c.pascal, c.camel, c.requestType, c.handlerClass);
  }
  for (const r of view.readModels) out.push(r.pascal, r.camel, r.listOperation, r.getOperation);
  for (const t of view.tests) out.push(t.name);
  return out;
}

describe('Java names of the Spring target', () => {
  it('javaIdent makes Java keywords and odd text valid identifiers', () => {
    expect(javaIdent('int')).toBe('int_');
    expect(javaIdent('record')).toBe('record_');
    expect(javaIdent('_')).toBe('__');
    expect(javaIdent('9lives')).toBe('_9lives');
    expect(javaIdent('placeOrder')).toBe('placeOrder');
    expect(javaPackage('Native')).toBe('stormscape.native_');
    for (const word of JAVA_RESERVED) expect(isJavaIdent(javaIdent(word)), word).toBe(true);
  });

  it('every identifier of any valid board is a Java identifier, unique where Java needs it', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const plan = buildPlan(board);
        for (const ctx of plan.contexts) {
          const view = springView(ctx, plan);
          for (const id of javaIdentifiers(view)) expect(isJavaIdent(id), id).toBe(true);
          const tests = view.tests.map((t) => t.name.toLowerCase());
          expect(new Set(tests).size).toBe(tests.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('fields named like Java keywords keep their JSON names', () => {
    const board = shopBoard();
    const place = board.stickies.find((s) => s.text === 'Place Order');
    if (!place?.fields?.[0]) throw new Error('fixture changed');
    place.fields[0].name = 'class';
    const plan = buildPlan(board);
    const view = springView(plan.contexts[0] as (typeof plan.contexts)[number], plan);
    const record = view.commands.find((c) => c.pascal === 'PlaceOrder')?.record?.components ?? '';
    expect(record).toContain('@JsonProperty("class")');
    expect(record).toMatch(/ class_\b/);
  });
});
