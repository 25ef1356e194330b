import type { Board } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import { arbitraryBoard } from '@stormscape/model/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../plan/buildPlan';
import { projectionFactory, projectionOpen } from '../view/projectionCode';
import { messagingView } from './springMessaging';

/** Checks every read model of `board`; returns how many open values it compared. */
function compare(board: Board): number {
  const plan = buildPlan(board);
  let compared = 0;
  for (const ctx of plan.contexts) {
    const spring = messagingView(ctx);
    for (const rm of ctx.readModels) {
      const open = projectionOpen(rm);
      projectionFactory(rm, open);
      const expected = open.values.map((v) => `${v.what}: ${v.why}`).sort();
      const found = spring.projectionOpens.find((o) => o.pascal === rm.pascal);
      const todos = [...(found?.todo ?? '').matchAll(/TODO\(stormscape\): map (.*) \((.*)\)\.$/gm)].map((m) => `${m[1]}: ${m[2]}`).sort();
      expect(todos, `${ctx.name} / ${rm.pascal}`).toEqual(expected);
      compared += expected.length;
    }
  }
  return compared;
}

describe("Spring projections' open values", () => {
  it('are exactly the TypeScript target’s (same values, same reasons) for the examples, each a TODO in the hand-written projection', () => {
    let compared = 0;
    for (const example of EXAMPLES) compared += compare(example.board);
    // The examples leave both kinds open: a row key and a field a new row needs.
    expect(compared).toBeGreaterThan(0);
  });

  it('are exactly the TypeScript target’s for any valid board', () => {
    fc.assert(fc.property(arbitraryBoard(), (board) => void compare(board)), { numRuns: 60 });
  });
});
