import { suggestCreatingCommand, suggestOutcomes } from '../decisions/suggest';
import { indexBoard } from '../queries/boardIndex';
import type { Board } from '../schema/Board';
import type { JsonObject, Migration } from './Migration';
import { isJsonObject, mapRecords } from './Migration';

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const hasBox = (r: JsonObject): boolean => {
  const p = r.position as JsonObject | undefined;
  const s = r.size as JsonObject | undefined;
  return isJsonObject(p) && isFiniteNumber(p.x) && isFiniteNumber(p.y) && isJsonObject(s) && isFiniteNumber(s.width) && isFiniteNumber(s.height);
};
const records = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);

/**
 * The parts of an untrusted board the heuristics read, well-shaped enough to index:
 * stickies with id, kind, text and a box; links with kind and ends. Anything else is
 * left out here (validation reports it later); the migration only reads this.
 */
function readableBoard(board: JsonObject): Board {
  const stickies = records(board.stickies).filter(
    (s) => typeof s.id === 'string' && typeof s.kind === 'string' && typeof s.text === 'string' && hasBox(s),
  );
  const links = records(board.links).filter((l) => typeof l.kind === 'string' && typeof l.from === 'string' && typeof l.to === 'string');
  return { stickies, links, contexts: [] } as unknown as Board;
}

/**
 * Version 4, `AddExplicitDecisions`: commands record their outcomes (events, each a
 * success or a rejection) and aggregates their creating command, filled from the
 * heuristics the tool used to guess them (verb/past-tense pairing, shared words, then
 * the nearest sticky; a create verb, else the left-most command), so an old board keeps
 * its meaning. Lifecycles, policy mappings and schedules start absent (nothing decided).
 */
export const addExplicitDecisions: Migration = {
  version: 4,
  name: 'AddExplicitDecisions',
  up(board) {
    const index = indexBoard(readableBoard(board));
    const withOutcomes = mapRecords(board, 'stickies', (sticky) => {
      if (sticky.kind !== 'command' || Object.hasOwn(sticky, 'outcomes') || typeof sticky.id !== 'string') return sticky;
      const outcomes = suggestOutcomes(index, sticky.id);
      return outcomes.length > 0 ? { ...sticky, outcomes } : sticky;
    });
    return mapRecords(withOutcomes, 'stickies', (sticky) => {
      if (sticky.kind !== 'aggregate' || Object.hasOwn(sticky, 'creatingCommandId') || typeof sticky.id !== 'string') return sticky;
      const creating = suggestCreatingCommand(index, sticky.id);
      return creating === undefined ? sticky : { ...sticky, creatingCommandId: creating };
    });
  },
};
