import type { BoardIndex } from '../queries/boardIndex';
import { quoted } from '../queries/names';
import { readModelKeyOf } from '../queries/readModelKey';
import type { RawFinding } from './types';

/**
 * R2: a read model whose row key names a field it lacks, or with an updating event that
 * has no way to find its row (no key recorded, no lookup, or one naming a missing or
 * optional event field). An open key is reported, never guessed.
 */
export function readModelKeyRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const sticky of index.board.stickies) {
    if (sticky.kind !== 'readModel') continue;
    const view = readModelKeyOf(index, sticky.id);
    if (!view) continue;
    if (view.missingKeyFields.length > 0) {
      const names = view.missingKeyFields.map((n) => `"${n}"`).join(', ');
      out.push({
        ruleId: 'R2',
        message: `The row key of ${quoted(sticky)} names ${names}, which ${view.missingKeyFields.length > 1 ? 'are not fields' : 'is not a field'} of it: pick key fields it has.`,
        ids: [sticky.id],
      });
    }
    for (const row of view.events) {
      if (row.kind !== 'open') continue;
      out.push({
        ruleId: 'R2',
        message: `${quoted(row.event)} updates ${quoted(sticky)}, but which row is open: ${row.why}. Say which event field gives the row key, or that it creates a row.`,
        ids: [sticky.id, row.event.id],
      });
    }
  }
  return out;
}
