// Invariant: a context-map relationship connects two different existing contexts. A
// context deleted while someone draws a relationship to it leaves a relationship with a
// missing end: the file check reports the end, and docToBoard, `deleteContext` and the
// web's context map drop the relationship.

interface Ends {
  readonly upstreamId: string;
  readonly downstreamId: string;
}

/** Why a relationship breaks the invariant: an end names no context, or both ends are one context. */
export type RelationshipBreach = 'upstreamId' | 'downstreamId' | 'sameContext';

/** What is wrong with a relationship's ends (empty when it is sound). */
export function relationshipBreaches(relationship: Ends, isContext: (id: string) => boolean): RelationshipBreach[] {
  const out: RelationshipBreach[] = [];
  if (!isContext(relationship.upstreamId)) out.push('upstreamId');
  if (!isContext(relationship.downstreamId)) out.push('downstreamId');
  if (out.length === 0 && relationship.upstreamId === relationship.downstreamId) out.push('sameContext');
  return out;
}

/** The repair: the relationships {@link relationshipBreaches} finds nothing wrong with, in their order. */
export function withSoundRelationships<T extends Ends>(relationships: readonly T[], isContext: (id: string) => boolean): T[] {
  return relationships.filter((r) => relationshipBreaches(r, isContext).length === 0);
}
