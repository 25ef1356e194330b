import type { ContextPattern, ContextRelationship, RelationshipKind } from '../schema/ContextRelationship';
import type { BoardIndex } from '../queries/boardIndex';
import { contextName } from '../queries/contexts';
import { duplicateRelationships } from '../queries/relationships';
import type { RawFinding } from './types';

const PATTERN_NAMES: Record<ContextPattern, string> = {
  OHS: 'Open Host Service (OHS)',
  PL: 'Published Language (PL)',
  ACL: 'Anticorruption Layer (ACL)',
  CF: 'Conformist (CF)',
  CS: 'Customer/Supplier (C/S)',
  SK: 'Shared Kernel (SK)',
  P: 'Partnership (P)',
  SW: 'Separate Ways (SW)',
};

const KIND_NAMES: Record<RelationshipKind, string> = {
  upstreamDownstream: 'Upstream/downstream',
  customerSupplier: 'Customer/supplier',
  sharedKernel: 'Shared Kernel',
  partnership: 'Partnership',
  separateWays: 'Separate Ways',
};

/** Patterns that only make sense on one side (reference §5). */
const UPSTREAM_ONLY: readonly ContextPattern[] = ['OHS', 'PL'];
const DOWNSTREAM_ONLY: readonly ContextPattern[] = ['ACL', 'CF'];
/** Relationship kinds, not side patterns. */
const SYMMETRIC: readonly ContextPattern[] = ['SK', 'P', 'SW'];

/** The M1 problems of one relationship, as sentences. */
function problems(rel: ContextRelationship, up: string, down: string): string[] {
  const out: string[] = [];
  const all = [...rel.upstreamPatterns, ...rel.downstreamPatterns];
  if (rel.upstreamId === rel.downstreamId) out.push(`relates ${up} to itself`);
  if (rel.kind === 'sharedKernel' || rel.kind === 'partnership' || rel.kind === 'separateWays') {
    if (all.length > 0) {
      const what = rel.kind === 'separateWays' ? 'means no relationship' : 'is symmetric';
      out.push(`${KIND_NAMES[rel.kind]} ${what}, so it takes no upstream/downstream patterns (remove ${[...new Set(all)].join(', ')})`);
    }
    return out;
  }
  for (const p of rel.upstreamPatterns) {
    if (DOWNSTREAM_ONLY.includes(p)) out.push(`${PATTERN_NAMES[p]} belongs on the downstream side (${down}), not on ${up}`);
  }
  for (const p of rel.downstreamPatterns) {
    if (UPSTREAM_ONLY.includes(p)) out.push(`${PATTERN_NAMES[p]} belongs on the upstream side (${up}), not on ${down}`);
  }
  for (const p of new Set(all)) {
    if (SYMMETRIC.includes(p)) out.push(`${PATTERN_NAMES[p]} is a kind of relationship, not a side pattern`);
  }
  return out;
}

/** M1: context-map patterns on the wrong side, or roles given to symmetric relationships. */
export function contextMapRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rel of index.board.relationships) {
    const up = contextName(index, rel.upstreamId);
    const down = contextName(index, rel.downstreamId);
    const found = problems(rel, up, down);
    if (found.length === 0) continue;
    const between = rel.kind === 'upstreamDownstream' || rel.kind === 'customerSupplier' ? `${up} → ${down}` : `${up} – ${down}`;
    out.push({
      ruleId: 'M1',
      message: `Context map ${between}: ${found.join('; ')}.`,
      ids: [rel.id, rel.upstreamId, rel.downstreamId],
    });
  }
  return out;
}

/** How a relationship reads in a sentence: its kind and its patterns. */
function describe(rel: ContextRelationship, up: string, down: string): string {
  const sides = [...rel.upstreamPatterns.map((p) => `${p} on ${up}`), ...rel.downstreamPatterns.map((p) => `${p} on ${down}`)];
  const between = rel.kind === 'upstreamDownstream' || rel.kind === 'customerSupplier' ? `${up} → ${down}` : `${up} – ${down}`;
  return `${KIND_NAMES[rel.kind]} ${between}${sides.length ? ` (${sides.join(', ')})` : ''}`;
}

/**
 * M2: more than one relationship between the same two contexts (in either direction).
 * A pair of contexts has one relationship; a second one is either a duplicate or
 * contradicts the first, and the map could only draw them on top of each other. The
 * first in board order is the one that counts (see `effectiveRelationships`).
 */
export function duplicateRelationshipRule(index: BoardIndex): RawFinding[] {
  return duplicateRelationships(index.board).map((group) => {
    const first = group[0] as ContextRelationship;
    const a = contextName(index, first.upstreamId);
    const b = contextName(index, first.downstreamId);
    const all = group.map((r) => describe(r, contextName(index, r.upstreamId), contextName(index, r.downstreamId)));
    const same = group.every((r) => r.kind === first.kind && r.upstreamId === first.upstreamId);
    return {
      ruleId: 'M2' as const,
      message:
        `${a} and ${b} have ${group.length} relationships (${all.join('; ')})` +
        `${same ? '' : ', which contradict each other'}: a pair of contexts has one relationship. Keep one and delete the others; the map shows only the first.`,
      ids: [...group.slice(1).map((r) => r.id), first.id, first.upstreamId, first.downstreamId],
    };
  });
}
