// Test helper: run the linter and keep one rule's findings.
import type { Board } from '../schema/Board';
import { lintBoard } from './lintBoard';
import type { Finding, LintOptions, RuleId } from './types';

/** Findings of one rule (design level unless told otherwise). */
export function findingsOf(board: Board, ruleId: RuleId, options: Partial<LintOptions> = {}): Finding[] {
  return lintBoard(board, { level: 'design', ...options }).filter((f) => f.ruleId === ruleId);
}
