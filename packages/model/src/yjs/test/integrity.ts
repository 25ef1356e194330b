// Test support (not exported): everything that makes a board unusable, i.e. what
// docToBoard must never return: schema errors plus the file format's integrity errors.
import { checkBoardIntegrity } from '../../file/integrity';
import { Board } from '../../schema/Board';

/** Schema and integrity problems of `board`, as readable lines ([] for a sound board). */
export function boardProblems(board: Board): string[] {
  const parsed = Board.safeParse(board);
  const schema = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  return [...schema, ...checkBoardIntegrity(board).map((e) => `${e.path}: ${e.message}`)];
}
