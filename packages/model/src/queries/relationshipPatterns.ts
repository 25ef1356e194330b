import type { ContextPattern, ContextRelationship, RelationshipKind } from '../schema/ContextRelationship';

/**
 * Which context-map pattern may sit where (reference §5). The one place this rule
 * lives: lint rule M1, the relationship editor (which options it offers, and why the
 * others are off), the Context Mapper export and the map's labels all ask here.
 */

/** Which end of a relationship: the upstream supplies, the downstream consumes. */
export type RelationshipSide = 'upstream' | 'downstream';

/** Full names, with the abbreviation the map draws. */
export const PATTERN_NAMES: Readonly<Record<ContextPattern, string>> = {
  OHS: 'Open Host Service (OHS)',
  PL: 'Published Language (PL)',
  ACL: 'Anticorruption Layer (ACL)',
  CF: 'Conformist (CF)',
  CS: 'Customer/Supplier (C/S)',
  SK: 'Shared Kernel (SK)',
  P: 'Partnership (P)',
  SW: 'Separate Ways (SW)',
};

/** How each relationship kind reads in a sentence. */
export const RELATIONSHIP_KIND_NAMES: Readonly<Record<RelationshipKind, string>> = {
  upstreamDownstream: 'Upstream/downstream',
  customerSupplier: 'Customer/supplier',
  sharedKernel: 'Shared Kernel',
  partnership: 'Partnership',
  separateWays: 'Separate Ways',
};

/** The patterns one end of an upstream/downstream relationship can carry, in the order editors list them. */
export const SIDE_PATTERNS: readonly ContextPattern[] = ['OHS', 'PL', 'ACL', 'CF'];

/** Patterns the upstream offers (it publishes an interface). */
const UPSTREAM_ONLY: readonly ContextPattern[] = ['OHS', 'PL'];
/** Patterns the downstream builds (it adopts or translates the upstream model). */
const DOWNSTREAM_ONLY: readonly ContextPattern[] = ['ACL', 'CF'];
/** Patterns that name a kind of relationship, not something one end does. */
const KIND_PATTERNS: readonly ContextPattern[] = ['SK', 'P', 'SW'];

/** Shared Kernel, Partnership and Separate Ways have no upstream or downstream end. */
export function isSymmetricKind(kind: RelationshipKind): boolean {
  return kind === 'sharedKernel' || kind === 'partnership' || kind === 'separateWays';
}

/** The ACL/CF partner a downstream pattern excludes: a downstream either adopts the upstream model or translates it. */
const EXCLUDES: Partial<Record<ContextPattern, ContextPattern>> = { ACL: 'CF', CF: 'ACL' };

/**
 * Why `pattern` cannot sit on `side` of a relationship of `kind` whose side already
 * holds `sidePatterns`, or `null` when it can. Sentences name the pattern and say what
 * to do instead, so an editor can show them beside a disabled option.
 */
export function patternRefusal(kind: RelationshipKind, side: RelationshipSide, pattern: ContextPattern, sidePatterns: readonly ContextPattern[] = []): string | null {
  if (kind === 'separateWays') return `Separate Ways means no relationship, so neither context takes ${PATTERN_NAMES[pattern]}`;
  if (isSymmetricKind(kind)) {
    return `${RELATIONSHIP_KIND_NAMES[kind]} is symmetric: neither context is upstream or downstream, so it takes no ${PATTERN_NAMES[pattern]}`;
  }
  if (KIND_PATTERNS.includes(pattern)) return `${PATTERN_NAMES[pattern]} is a kind of relationship, not a side pattern: choose it as the kind`;
  if (pattern === 'CS') {
    // Legacy boards mark a customer/supplier pair with CS on both ends; the kind says it now.
    return null;
  }
  if (side === 'downstream' && UPSTREAM_ONLY.includes(pattern)) return `${PATTERN_NAMES[pattern]} is offered by the upstream side, not the downstream`;
  if (side === 'upstream' && DOWNSTREAM_ONLY.includes(pattern)) return `${PATTERN_NAMES[pattern]} is built by the downstream side, not the upstream`;
  const excluded = EXCLUDES[pattern];
  if (excluded && sidePatterns.includes(excluded)) {
    return `${PATTERN_NAMES[pattern]} and ${PATTERN_NAMES[excluded]} exclude each other: a downstream either adopts the upstream model or translates it`;
  }
  return null;
}

/** One choosable pattern of one side, for an editor: allowed, or why not. */
export interface PatternOption {
  readonly pattern: ContextPattern;
  readonly checked: boolean;
  /** `null` when it may be switched on (or is on and valid). */
  readonly refusal: string | null;
}

type Sides = Pick<ContextRelationship, 'kind' | 'upstreamPatterns' | 'downstreamPatterns'>;
const patternsOf = (rel: Sides, side: RelationshipSide) => (side === 'upstream' ? rel.upstreamPatterns : rel.downstreamPatterns);

/**
 * Every side pattern ({@link SIDE_PATTERNS}) of one side of `rel`, each with whether it
 * is on and, when it could not be switched on (or is on but invalid), why.
 */
export function patternOptions(rel: Sides, side: RelationshipSide): PatternOption[] {
  const current = patternsOf(rel, side);
  return SIDE_PATTERNS.map((pattern) => {
    const others = current.filter((p) => p !== pattern);
    return { pattern, checked: current.includes(pattern), refusal: patternRefusal(rel.kind, side, pattern, others) };
  });
}

/** One stored pattern that the rule refuses. */
export interface PatternProblem {
  readonly side: RelationshipSide;
  readonly pattern: ContextPattern;
  readonly reason: string;
}

/**
 * The stored patterns of `rel` the rule refuses (boards from before the editor enforced
 * it still have them). Of two patterns that exclude each other, the later one is the
 * problem. Customer/Supplier given as patterns must be a pair: on both ends or neither.
 */
export function relationshipPatternProblems(rel: Sides): PatternProblem[] {
  const out: PatternProblem[] = [];
  for (const side of ['upstream', 'downstream'] as const) {
    const list = patternsOf(rel, side);
    const seen = new Set<ContextPattern>();
    for (const pattern of list) {
      if (seen.has(pattern)) continue;
      const reason = patternRefusal(rel.kind, side, pattern, [...seen]);
      seen.add(pattern);
      if (reason !== null) out.push({ side, pattern, reason });
    }
  }
  if (!isSymmetricKind(rel.kind) && rel.kind !== 'customerSupplier') {
    const up = rel.upstreamPatterns.includes('CS');
    const down = rel.downstreamPatterns.includes('CS');
    if (up !== down) {
      out.push({
        side: up ? 'upstream' : 'downstream',
        pattern: 'CS',
        reason: `${PATTERN_NAMES.CS} is a pair (the upstream supplies, the downstream is the customer): choose the kind Customer/supplier rather than marking one end`,
      });
    }
  }
  return out;
}

/**
 * `rel`'s patterns with every refused one removed (see {@link relationshipPatternProblems}):
 * what an editor's "fix" writes and what exports draw.
 */
export function validPatterns(rel: Sides): Pick<ContextRelationship, 'upstreamPatterns' | 'downstreamPatterns'> {
  const problems = relationshipPatternProblems(rel);
  const keep = (side: RelationshipSide) => {
    const refused = new Set(problems.filter((p) => p.side === side).map((p) => p.pattern));
    return [...new Set(patternsOf(rel, side))].filter((p) => !refused.has(p));
  };
  return { upstreamPatterns: keep('upstream'), downstreamPatterns: keep('downstream') };
}

/** Whether `rel` is (or was stored as) a customer/supplier pair: its kind, or CS on both ends. */
export function isCustomerSupplier(rel: Sides): boolean {
  return rel.kind === 'customerSupplier' || (rel.kind === 'upstreamDownstream' && rel.upstreamPatterns.includes('CS') && rel.downstreamPatterns.includes('CS'));
}
