import { describe, expect, it } from 'vitest';
import type { Board } from '../schema/Board';
import { LEVELS } from '../schema/notation';
import { indexBoard } from '../queries/boardIndex';
import { lintBoard } from './lintBoard';
import { LINT_RULES, severityOf } from './rules';
import { orderingBoard, testBoard } from './testBoard';
import { RULE_IDS } from './types';

/** A board breaking many rules at once. */
function messyBoard(): Board {
  const board = orderingBoard()
    .add('event', 'e1', 'Place Refund', { ctx: 'ordering' })
    .add('event', 'e2', 'Refund Paid')
    .add('command', 'c1', 'Refunded')
    .add('policy', 'p1', 'Refund Policy', { ctx: 'kitchen', policyMode: 'manual' })
    .add('readModel', 'r1', 'Refunds', { ctx: 'kitchen' })
    .add('hotspot', 'h1', 'Who pays?')
    .link('e1', 'e2')
    .link('e1', 'p1')
    .link('h1', 'e1')
    .relationship('rel', 'sharedKernel', 'ordering', 'kitchen', ['OHS'])
    .slice('s', ['e1'])
    .build();
  return board;
}

describe('lintBoard', () => {
  it('finds nothing on a clean design-level board, at any level', () => {
    for (const level of LEVELS) expect(lintBoard(orderingBoard().build(), { level, forCodegen: true })).toEqual([]);
  });

  it('sorts findings by rule, then by ids, whatever the order of records', () => {
    const board = messyBoard();
    const findings = lintBoard(board, { level: 'design', sliceId: 's' });
    expect(findings.map((f) => f.ruleId)).toEqual(['E1', 'E1', 'E2', 'C1', 'C2', 'P2', 'P3', 'R1', 'N1', 'N1', 'M1', 'H1', 'T1', 'S1', 'S1']);
    const reversed: Board = { ...board, stickies: [...board.stickies].reverse(), links: [...board.links].reverse() };
    expect(lintBoard(reversed, { level: 'design', sliceId: 's' })).toEqual(findings);
  });

  it('sets severities from the level table and turns rules off where they do not apply', () => {
    const board = messyBoard();
    for (const level of LEVELS) {
      for (const finding of lintBoard(board, { level, sliceId: 's' })) {
        expect(finding.severity).toBe(severityOf(finding.ruleId, { level, sliceId: 's' }) ?? 'off');
      }
    }
    const bigPicture = new Set(lintBoard(board, { level: 'bigPicture' }).map((f) => f.ruleId));
    expect([...bigPicture].sort()).toEqual(['E1', 'M1', 'N1', 'S1']);
  });

  it('has a severity entry for every rule id and the reference severities at design level', () => {
    expect(LINT_RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    const design = Object.fromEntries(LINT_RULES.map((r) => [r.id, r.severity.design]));
    expect(design).toEqual({
      E1: 'error', E2: 'warning', C1: 'error', C2: 'warning', C3: 'warning', P1: 'warning', P2: 'error', P3: 'warning',
      O1: 'warning', O2: 'info', P4: 'warning', P5: 'error', L1: 'warning', R1: 'warning', R2: 'warning', N1: 'info', N2: 'info', N3: 'warning', A1: 'error', A2: 'warning', A3: 'warning', X1: 'error', B3: 'warning', M1: 'error', M2: 'error',
      H1: 'info', T1: 'warning', S1: 'error', S2: 'error',
    });
  });

  it('accepts a prebuilt index and an empty board', () => {
    expect(lintBoard(testBoard().build(), { level: 'design' })).toEqual([]);
    const board = messyBoard();
    expect(lintBoard(indexBoard(board), { level: 'process' })).toEqual(lintBoard(board, { level: 'process' }));
  });
});
