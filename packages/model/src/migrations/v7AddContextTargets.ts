import type { Migration } from './Migration';

/**
 * Version 7, `AddContextTargets`: a bounded context may hold `target`, the service target
 * the team decided for it (`typescript` or `spring`: one board, a polyglot system). Absent
 * means undecided (generation uses its own default), so there is nothing to fill in: the
 * version says that files may now carry it, so older code refuses such a file as newer
 * instead of dropping the decision.
 */
export const addContextTargets: Migration = {
  version: 7,
  name: 'AddContextTargets',
  up(board) {
    return board;
  },
};
