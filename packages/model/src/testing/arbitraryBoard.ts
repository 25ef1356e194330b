import type fc from 'fast-check';
import type { Board } from '../schema/Board';
import { draftArb } from './boardDraftArb';
import { buildBoard } from './buildArbitraryBoard';

export { HOSTILE_STRINGS, idArb, textArb } from './boardDraftArb';

/**
 * fast-check arbitrary of VALID boards: schema-valid, ids unique across records, every
 * reference resolving, links following the grammar, a sticky in at most one context.
 * Text is unicode and often hostile (lone surrogates, `__proto__`, RTL overrides, …).
 */
export function arbitraryBoard(): fc.Arbitrary<Board> {
  return draftArb.map(buildBoard);
}
