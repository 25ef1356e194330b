import type { LinkKind } from './schema/Link';
import type { StickyKind } from './schema/notation';
import { KIND_STYLES } from './schema/notation';

/** One allowed relation of the grammar (reference §3). */
export interface GrammarRule {
  readonly from: readonly StickyKind[] | 'any';
  readonly kind: LinkKind;
  readonly to: readonly StickyKind[] | 'any';
}

export const GRAMMAR: readonly GrammarRule[] = [
  { from: ['actor', 'ui', 'policy'], kind: 'issues', to: ['command'] },
  { from: ['actor'], kind: 'observes', to: ['readModel'] },
  { from: ['command'], kind: 'invokedOn', to: ['aggregate', 'externalSystem'] },
  { from: ['aggregate', 'externalSystem'], kind: 'produces', to: ['event'] },
  { from: ['event'], kind: 'activates', to: ['policy'] },
  { from: ['event'], kind: 'updates', to: ['readModel'] },
  { from: ['readModel'], kind: 'informs', to: ['policy', 'actor'] },
  { from: ['hotspot', 'opportunity', 'note'], kind: 'annotates', to: 'any' },
  { from: ['event'], kind: 'precedes', to: ['event'] },
];

const matches = (side: GrammarRule['from'], kind: StickyKind) => side === 'any' || side.includes(kind);

/** Whether `kind` is an allowed relation from a `from` sticky to a `to` sticky. */
export function isAllowedLink(kind: LinkKind, from: StickyKind, to: StickyKind): boolean {
  return GRAMMAR.some((rule) => rule.kind === kind && matches(rule.from, from) && matches(rule.to, to));
}

export type LinkInference = { ok: true; kind: LinkKind } | { ok: false; reason: string };

/** "a" or "an" before `word`, by its first letter ("an actor", "a UI", "an event"). */
export function withArticle(word: string): string {
  // An initialism such as "UI" is read letter by letter ("you-eye"), so it takes "a".
  const an = /^[aeiou]/.test(word) || /^[AEIOU][a-z]/.test(word);
  return `${an ? 'an' : 'a'} ${word}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A kind's label inside a sentence: lower case, except initialisms ("UI"). */
const inSentence = (label: string) => (label === label.toUpperCase() ? label : label.toLowerCase());

/**
 * The link kind implied by the kinds of its two ends, or a sentence saying why the
 * grammar does not allow that connection (shown to the user as is).
 */
export function inferLinkKind(from: StickyKind, to: StickyKind): LinkInference {
  const rule = GRAMMAR.find((r) => matches(r.from, from) && matches(r.to, to));
  if (rule) return { ok: true, kind: rule.kind };
  const allowedTargets = GRAMMAR.filter((r) => matches(r.from, from)).flatMap((r) =>
    r.to === 'any' ? ['anything'] : r.to.map((k) => inSentence(KIND_STYLES[k].label)),
  );
  const fromLabel = inSentence(KIND_STYLES[from].label);
  const toLabel = inSentence(KIND_STYLES[to].label);
  return {
    ok: false,
    reason:
      allowedTargets.length === 0
        ? `${capitalised(withArticle(fromLabel))} cannot start a connection.`
        : `${capitalised(withArticle(fromLabel))} cannot connect to ${withArticle(toLabel)}; it can connect to: ${[...new Set(allowedTargets)].join(', ')}.`,
  };
}
