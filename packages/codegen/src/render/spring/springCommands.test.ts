import type { Board } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import { arbitraryBoard } from '@stormscape/model/testing';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBoardFile } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../plan/buildPlan';
import { commandCode } from '../view/commandCode';
import { javaCommandCode } from './springCommand';

/** Checks every command of `board`: the Spring default leaves open what the TypeScript one does. Returns how many commands it compared. */
function compare(board: Board): number {
  let compared = 0;
  for (const ctx of buildPlan(board).contexts) {
    for (const agg of ctx.aggregates) {
      for (const command of agg.commands) {
        const expected = commandCode(command).open.values.map((v) => `${v.what}: ${v.why}`).sort();
        const found = javaCommandCode(command).open.values.map((v) => `${v.what}: ${v.why}`).sort();
        expect(found, `${ctx.name} / ${command.pascal}`).toEqual(expected);
        compared += 1;
      }
    }
  }
  return compared;
}

function boardFile(name: string): Board {
  const parsed = parseBoardFile(readFileSync(join(__dirname, '../../../test/boards', name), 'utf8'));
  if (!parsed.ok) throw new Error(`invalid board file ${name}`);
  return parsed.board;
}

describe('Spring commands', () => {
  it('leave open exactly what the TypeScript target leaves open (same values, same reasons) in the examples and the outside boards', () => {
    let compared = 0;
    for (const example of EXAMPLES) compared += compare(example.board);
    for (const name of ['eshop-ordering.storm.json', 'container-shipping.storm.json', 'clinic.storm.json']) compared += compare(boardFile(name));
    expect(compared).toBeGreaterThan(0);
  });

  it('leave open exactly what the TypeScript target does for any valid board', () => {
    fc.assert(fc.property(arbitraryBoard(), (board) => void compare(board)), { numRuns: 60 });
  });

  it('take a status field from the lifecycle, unless the request carries it', () => {
    const example = EXAMPLES.find((e) => e.id === 'food-delivery');
    if (!example) throw new Error('no food-delivery example');
    const placeOrder = buildPlan(example.board).contexts.flatMap((c) => c.aggregates.flatMap((a) => a.commands)).find((c) => c.pascal === 'PlaceOrder');
    if (!placeOrder) throw new Error('no Place Order');
    const code = javaCommandCode(placeOrder);
    expect(code.open.values.map((v) => v.what)).not.toContain('Order.status');
    expect(code.body).toMatch(/entity\.put\("status", "[^"]+"\);/);
  });
});
