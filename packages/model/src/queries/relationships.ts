import type { ContextRelationship } from '../schema/ContextRelationship';
import type { Board } from '../schema/Board';

/** The same key for both orders of a pair of contexts. */
export function contextPairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * The relationship between two contexts, in either direction, or undefined. A context
 * map has at most one relationship per pair (rule M2 reports a second one): this is
 * the first in board order, the one every view, export and derivation uses.
 */
export function relationshipBetween(board: Pick<Board, 'relationships'>, a: string, b: string): ContextRelationship | undefined {
  const key = contextPairKey(a, b);
  return board.relationships.find((r) => contextPairKey(r.upstreamId, r.downstreamId) === key);
}

/**
 * The relationships that count: the first of each pair of contexts, in board order.
 * Later ones for the same pair (a duplicate, or a contradictory second kind) are left
 * out here and reported by rule M2, so no map ever draws two lines for one pair.
 */
export function effectiveRelationships(board: Pick<Board, 'relationships'>): ContextRelationship[] {
  const seen = new Set<string>();
  return board.relationships.filter((r) => {
    const key = contextPairKey(r.upstreamId, r.downstreamId);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Groups of two or more relationships between the same pair of contexts, in board order. */
export function duplicateRelationships(board: Pick<Board, 'relationships'>): ContextRelationship[][] {
  const byPair = new Map<string, ContextRelationship[]>();
  for (const r of board.relationships) {
    const key = contextPairKey(r.upstreamId, r.downstreamId);
    const group = byPair.get(key);
    if (group) group.push(r);
    else byPair.set(key, [r]);
  }
  return [...byPair.values()].filter((g) => g.length > 1);
}
