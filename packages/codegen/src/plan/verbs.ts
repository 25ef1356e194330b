import type { VerbClass } from '@stormscape/model';
import { verbClassOf } from '@stormscape/model';
import { words } from '../naming/words';

/**
 * Verb heuristics for HTTP mapping (reference §6): a plain CRUD command name maps to a
 * plain HTTP verb; anything else becomes an action sub-resource. The verb lists live in
 * the model (`VERB_CLASSES`); which command creates an aggregate is recorded on the board,
 * never read from its verb here.
 */
export interface CommandWords {
  readonly verb: string;
  readonly verbClass: VerbClass;
  /** Words after the verb. */
  readonly rest: readonly string[];
}

export function commandWords(name: string): CommandWords {
  const [verb = '', ...rest] = words(name);
  return { verb, verbClass: verbClassOf(verb), rest };
}

/** Whether `rest` names exactly the aggregate (or nothing): "Delete Order" on Order. */
export function namesAggregate(rest: readonly string[], aggregateWords: readonly string[]): boolean {
  if (rest.length === 0) return true;
  return rest.join(' ') === aggregateWords.join(' ');
}

/** Command words minus the aggregate's words, for action paths: "Cancel Order" → ["cancel"]. */
export function actionWords(name: string, aggregateWords: readonly string[]): string[] {
  const all = words(name);
  const left = all.filter((w) => !aggregateWords.includes(w));
  return left.length > 0 ? left : all;
}
