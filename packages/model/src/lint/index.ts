export type * from './types';
export { RULE_IDS } from './types';
export type { LintRule } from './rules';
export { LINT_RULES, severityOf } from './rules';
export { lintBoard } from './lintBoard';
