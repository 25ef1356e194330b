import type { BoardIndex } from '../queries/boardIndex';
import { creatingCommand, fieldNameKey } from '../queries/decisions';
import { quoted } from '../queries/names';
import { aggregateIdName } from '../queries/readModelKey';
import { requiredFieldLike } from '../slices/openFields';
import type { RawFinding } from './types';

/** "id", "repairId", "repairID", "repair_id", "Repair ID"; not "paid" or "void". */
const looksLikeId = (name: string): boolean => /^\s*id\s*$/i.test(name) || /[\p{Ll}\p{N}](Id|ID)\s*$/u.test(name) || /[_\s-]id\s*$/i.test(name);

/**
 * A3: an aggregate is identified by `<codeName>Id` (the service assigns it when the creating
 * command runs). A required field that looks like an identity under another name ("repairId"
 * on "Repair Job") is an ordinary field nothing fills, and the aggregate gets a second id: a
 * new user's likely slip, which otherwise surfaces only as an open value at generation.
 */
export function identityRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const aggregate of index.board.stickies) {
    if (aggregate.kind !== 'aggregate') continue;
    const fields = aggregate.fields ?? [];
    const idName = aggregateIdName(aggregate);
    const idKey = fieldNameKey(idName);
    if (fields.some((f) => fieldNameKey(f.name) === idKey)) continue;
    const creator = creatingCommand(index, aggregate.id);
    // What fills an aggregate field when the creating command runs, as the slice walk reads it.
    const lookalikes = fields.filter((f) => f.required && !f.list && (f.type === 'uuid' || f.type === 'string') && looksLikeId(f.name) && !(creator && requiredFieldLike(creator, f)));
    for (const field of lookalikes) {
      const assigned = creator ? `the service assigns it when ${quoted(creator)} creates one` : 'the service assigns it when one is created';
      out.push({
        ruleId: 'A3',
        message: `Aggregate ${quoted(aggregate)} is identified by "${idName}" (${assigned}), but its field "${field.name}" looks like an identity that nothing fills: rename it "${idName}" if it is the identity, or have ${creator ? quoted(creator) : 'the creating command'} carry it.`,
        ids: [aggregate.id],
      });
    }
  }
  return out;
}
