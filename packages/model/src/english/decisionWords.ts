import { stem } from './stem';

// English word hints behind the *suggestions* for outcomes and creating commands. They
// only pre-fill what people then decide (and, once, migrated old boards); nothing that
// generates code reads them.

/** Lower-case ASCII words of a name: "Place Order" → ["place", "order"]. */
export const englishWords = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);

/** Verbs that usually bring something into existence ("Place Order", "Register Member"). */
export const CREATE_VERBS: ReadonlySet<string> = new Set([
  'create', 'add', 'register', 'place', 'open', 'start', 'new', 'book', 'file', 'report', 'raise', 'submit', 'request',
  'enrol', 'enroll', 'make', 'initiate', 'issue', 'lodge', 'schedule', 'reserve', 'apply', 'post', 'draft', 'sign',
]);

/** Verbs that never start an aggregate's life, even as its first command ("Cancel Order"). */
export const NEVER_CREATE_VERBS: ReadonlySet<string> = new Set([
  'update', 'change', 'edit', 'modify', 'amend', 'adjust', 'set', 'rename', 'replace', 'overwrite', 'delete', 'remove',
  'discard', 'erase', 'destroy', 'purge', 'get', 'find', 'fetch', 'show', 'view', 'read', 'retrieve', 'load', 'lookup',
  'list', 'search', 'browse', 'query', 'cancel', 'close', 'complete', 'approve', 'reject', 'confirm', 'archive', 'finish',
  'end', 'revoke', 'withdraw', 'expire',
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
