import { suggestReadModelKey } from '../decisions/suggest';
import { indexBoard } from '../queries/boardIndex';
import type { Board } from '../schema/Board';
import { Field } from '../schema/Field';
import type { JsonObject, Migration } from './Migration';
import { isJsonObject, mapRecords } from './Migration';

const records = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isJsonObject) : []);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const hasBox = (r: JsonObject): boolean => {
  const p = r.position as JsonObject | undefined;
  const s = r.size as JsonObject | undefined;
  return isJsonObject(p) && isFiniteNumber(p.x) && isFiniteNumber(p.y) && isJsonObject(s) && isFiniteNumber(s.width) && isFiniteNumber(s.height);
};

/**
 * The parts of an untrusted board the key suggestion reads: stickies with id, kind, text,
 * a box and their well-formed fields; links; context membership (an event's aggregate
 * counts only inside a context). Validation reports anything else afterwards.
 */
function readableBoard(board: JsonObject): Board {
  const stickies = records(board.stickies)
    .filter((s) => typeof s.id === 'string' && typeof s.kind === 'string' && typeof s.text === 'string' && hasBox(s))
    .map((s) => ({ ...s, fields: Array.isArray(s.fields) ? s.fields.filter((f) => Field.safeParse(f).success) : undefined }));
  const links = records(board.links).filter((l) => typeof l.kind === 'string' && typeof l.from === 'string' && typeof l.to === 'string');
  const contexts = records(board.contexts)
    .filter((c) => typeof c.id === 'string')
    .map((c) => ({ ...c, memberIds: Array.isArray(c.memberIds) ? c.memberIds.filter((m) => typeof m === 'string') : [] }));
  return { stickies, links, contexts } as unknown as Board;
}

/**
 * Version 6, `AddReadModelKeys`: a read model records its row key and, per updating
 * event, how the row is found (`rowKey`). Filled from the rule the code generator used
 * to apply (the "id" field, else the first id field; per event the field of that name,
 * else its aggregate's id), so an old board generates the same projections. Events the
 * rule cannot place stay open (lint R2).
 */
export const addReadModelKeys: Migration = {
  version: 6,
  name: 'AddReadModelKeys',
  up(board) {
    const index = indexBoard(readableBoard(board));
    return mapRecords(board, 'stickies', (sticky) => {
      if (sticky.kind !== 'readModel' || Object.hasOwn(sticky, 'rowKey') || typeof sticky.id !== 'string') return sticky;
      const rowKey = suggestReadModelKey(index, sticky.id);
      return rowKey === undefined ? sticky : { ...sticky, rowKey };
    });
  },
};
