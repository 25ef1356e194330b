import { stem } from './stem';

// English word hints behind the *suggestions* for outcomes and creating commands (they
// only pre-fill what people then decide, and, once, migrated old boards), and the verb
// classes codegen maps plain CRUD commands with. Nothing reads them to decide outcomes.

/** Lower-case ASCII words of a name: "Place Order" → ["place", "order"]. */
export const englishWords = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);

/**
 * Command verbs by what they do to an aggregate (reference §6 verb heuristics): creating
 * verbs suggest the creating command; the CRUD classes let codegen map plain commands
 * ("Update Order", "Delete Order") to plain HTTP verbs. The one list of these words.
 */
export const VERB_CLASSES = {
  create: ['create', 'add', 'register', 'place', 'open', 'start', 'new', 'book', 'file', 'report', 'raise', 'submit', 'request',
    'enrol', 'enroll', 'make', 'initiate', 'issue', 'lodge', 'schedule', 'reserve', 'apply', 'post', 'draft', 'sign'],
  update: ['update', 'change', 'edit', 'modify', 'amend', 'adjust', 'set', 'rename'],
  replace: ['replace', 'overwrite'],
  delete: ['delete', 'remove', 'discard', 'erase', 'destroy', 'purge'],
  get: ['get', 'find', 'fetch', 'show', 'view', 'read', 'retrieve', 'load', 'lookup'],
  list: ['list', 'search', 'browse', 'query'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** What a command's first word says it does; `other` for domain verbs ("Cancel", "Pay"). */
export type VerbClass = keyof typeof VERB_CLASSES | 'other';

/** The class of a command verb (a lower-case word). */
export function verbClassOf(verb: string): VerbClass {
  for (const cls of Object.keys(VERB_CLASSES) as (keyof typeof VERB_CLASSES)[]) {
    if ((VERB_CLASSES[cls] as readonly string[]).includes(verb)) return cls;
  }
  return 'other';
}

/** Verbs that usually bring something into existence ("Place Order", "Register Member"). */
export const CREATE_VERBS: ReadonlySet<string> = new Set(VERB_CLASSES.create);

/** Verbs that never start an aggregate's life, even as its first command ("Cancel Order"). */
export const NEVER_CREATE_VERBS: ReadonlySet<string> = new Set([
  ...VERB_CLASSES.update, ...VERB_CLASSES.replace, ...VERB_CLASSES.delete, ...VERB_CLASSES.get, ...VERB_CLASSES.list,
  'cancel', 'close', 'complete', 'approve', 'reject', 'confirm', 'archive', 'finish', 'end', 'revoke', 'withdraw', 'expire',
]);

/** Words that mark an event as a refusal ("Payment Declined", "Vessel Space Refused"). */
export const REJECTION_WORDS: ReadonlySet<string> = new Set([
  'rejected', 'refused', 'declined', 'denied', 'failed', 'blocked', 'invalid', 'invalidated', 'disallowed', 'unavailable',
  'insufficient', 'exceeded', 'overbooked', 'unauthorised', 'unauthorized', 'vetoed', 'bounced',
]);

/** How many words of `a` (minus `ignore`) have a stem among the words of `b`. */
export function sharedStems(a: string, b: string, ignore: readonly string[]): number {
  const stemsOfB = englishWords(b).map(stem);
  const same = (x: string, y: string) => x === y || (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x)));
  const own = englishWords(a).filter((w) => !ignore.includes(w));
  return (own.length > 0 ? own : englishWords(a)).map(stem).filter((s) => stemsOfB.some((e) => same(s, e))).length;
}
