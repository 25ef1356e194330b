import type { ContextRelationship } from '../schema/ContextRelationship';
import type { BoardIndex } from '../queries/boardIndex';
import { contextName } from '../queries/contexts';
import { duplicateRelationships } from '../queries/relationships';
import { RELATIONSHIP_KIND_NAMES as KIND_NAMES, relationshipPatternProblems } from '../queries/relationshipPatterns';
import type { RawFinding } from './types';

/** The M1 problems of one relationship, as sentences (the pattern rule is `relationshipPatternProblems`). */
function problems(rel: ContextRelationship, up: string, down: string): string[] {
  const out: string[] = [];
  if (rel.upstreamId === rel.downstreamId) out.push(`relates ${up} to itself`);
  for (const p of relationshipPatternProblems(rel)) out.push(`${p.reason} (${p.pattern} on ${p.side === 'upstream' ? up : down})`);
  return out;
}

/** M1: context-map patterns on the wrong side, excluding each other, or given to symmetric relationships. */
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
