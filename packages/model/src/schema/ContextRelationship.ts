import { z } from 'zod';
import { freeText } from './text';
import { Id } from './ids';

/** Context-map patterns (reference §5). */
export const CONTEXT_PATTERNS = ['OHS', 'PL', 'ACL', 'CF', 'CS', 'SK', 'P', 'SW'] as const;
export const ContextPattern = z.enum(CONTEXT_PATTERNS);
export type ContextPattern = z.infer<typeof ContextPattern>;

export const RELATIONSHIP_KINDS = [
  'upstreamDownstream',
  'customerSupplier',
  'sharedKernel',
  'partnership',
  'separateWays',
] as const;
export const RelationshipKind = z.enum(RELATIONSHIP_KINDS);
export type RelationshipKind = z.infer<typeof RelationshipKind>;

/**
 * A context-map relationship. For upstream/downstream kinds `upstreamId` supplies and
 * `downstreamId` consumes; for symmetric kinds they are just the two ends and both
 * pattern lists should be empty (lint rule M1 reports otherwise).
 */
export const ContextRelationship = z.object({
  id: Id,
  kind: RelationshipKind,
  upstreamId: Id,
  downstreamId: Id,
  upstreamPatterns: z.array(ContextPattern),
  downstreamPatterns: z.array(ContextPattern),
  description: freeText('paragraph'),
});
export type ContextRelationship = z.infer<typeof ContextRelationship>;
