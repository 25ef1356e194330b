import { stem } from '@stormscape/model';
import { words } from '../naming/words';

/**
 * Verb heuristics (reference §6): a plain CRUD command name maps to a plain HTTP verb;
 * anything else becomes an action sub-resource.
 */
export type VerbClass = 'create' | 'update' | 'replace' | 'delete' | 'get' | 'list' | 'other';

const CLASSES: Readonly<Record<Exclude<VerbClass, 'other'>, readonly string[]>> = {
  create: ['create', 'add', 'register', 'place', 'open', 'start', 'new', 'book', 'file', 'report', 'raise', 'submit',
    'request', 'enrol', 'enroll', 'make', 'initiate', 'issue', 'lodge', 'schedule', 'reserve', 'apply', 'post', 'draft', 'sign'],
  update: ['update', 'change', 'edit', 'modify', 'amend', 'adjust', 'set', 'rename'],
  replace: ['replace', 'overwrite'],
  delete: ['delete', 'remove', 'discard', 'erase', 'destroy', 'purge'],
  get: ['get', 'find', 'fetch', 'show', 'view', 'read', 'retrieve', 'load', 'lookup'],
  list: ['list', 'search', 'browse', 'query'],
};

/** Verbs that never start an aggregate's life, even as its left-most command. */
const NEVER_CREATES = new Set([
  ...CLASSES.update, ...CLASSES.replace, ...CLASSES.delete, ...CLASSES.get, ...CLASSES.list,
  'cancel', 'close', 'complete', 'approve', 'reject', 'confirm', 'archive', 'finish', 'end', 'revoke', 'withdraw', 'expire',
]);

export interface CommandWords {
  readonly verb: string;
  readonly verbClass: VerbClass;
  /** Words after the verb. */
  readonly rest: readonly string[];
}

export function commandWords(name: string): CommandWords {
  const [verb = '', ...rest] = words(name);
  const found = (Object.keys(CLASSES) as (keyof typeof CLASSES)[]).find((cls) => CLASSES[cls].includes(verb));
  return { verb, verbClass: found ?? 'other', rest };
}

export function neverCreates(verb: string): boolean {
  return NEVER_CREATES.has(verb);
}

/** Whether `rest` names exactly the aggregate (or nothing): "Delete Order" on Order. */
export function namesAggregate(rest: readonly string[], aggregateWords: readonly string[]): boolean {
  if (rest.length === 0) return true;
  return rest.join(' ') === aggregateWords.join(' ');
}

/** Whether `rest` mentions every aggregate word: "Place Express Order" on Order. */
export function mentionsAggregate(rest: readonly string[], aggregateWords: readonly string[]): boolean {
  if (rest.length === 0) return true;
  return aggregateWords.every((w) => rest.includes(w));
}

/** Command words minus the aggregate's words, for action paths: "Cancel Order" → ["cancel"]. */
export function actionWords(name: string, aggregateWords: readonly string[]): string[] {
  const all = words(name);
  const left = all.filter((w) => !aggregateWords.includes(w));
  return left.length > 0 ? left : all;
}

/** How many of the command's words (minus the aggregate's) have a stem among the event's words. */
export function similarity(commandName: string, eventName: string, aggregateWords: readonly string[]): number {
  const eventStems = words(eventName).map(stem);
  const same = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
  return actionWords(commandName, aggregateWords)
    .map(stem)
    .filter((s) => eventStems.some((e) => same(s, e))).length;
}
