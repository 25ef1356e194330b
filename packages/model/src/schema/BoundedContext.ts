import { z } from 'zod';
import { freeText } from './text';
import { CodeName } from './CodeName';
import { Colour, Id, Point, Size } from './ids';

export const DomainClassification = z.enum(['core', 'supporting', 'generic']);
export const BusinessModel = z.enum(['revenue', 'engagement', 'compliance', 'costReduction']);
export const Evolution = z.enum(['genesis', 'customBuilt', 'product', 'commodity']);
export const MessageKind = z.enum(['command', 'query', 'event']);
/** What a context's service is generated as: TypeScript (Fastify) or Spring Boot (Java, Maven). */
export const ServiceTarget = z.enum(['typescript', 'spring']);
export type ServiceTarget = z.infer<typeof ServiceTarget>;

/** One inbound or outbound communication line of the Bounded Context Canvas. */
export const Communication = z.object({
  collaborator: freeText('label'),
  relationship: freeText('label'),
  messageKind: MessageKind,
  message: freeText('label'),
});
export type Communication = z.infer<typeof Communication>;

export const Term = z.object({ term: freeText('label'), definition: freeText('note') });

/** Every field of the ddd-crew Bounded Context Canvas (v5). */
export const BoundedContextCanvas = z.object({
  purpose: freeText('note'),
  classification: z.object({
    domain: DomainClassification.nullable(),
    businessModel: z.array(BusinessModel),
    evolution: Evolution.nullable(),
  }),
  domainRoles: z.array(freeText('label')),
  inbound: z.array(Communication),
  outbound: z.array(Communication),
  ubiquitousLanguage: z.array(Term),
  businessDecisions: z.array(freeText('paragraph')),
  assumptions: z.array(freeText('paragraph')),
  verificationMetrics: z.array(freeText('paragraph')),
  openQuestions: z.array(freeText('paragraph')),
});
export type BoundedContextCanvas = z.infer<typeof BoundedContextCanvas>;

/** Frame colour of a context when none is given, or when a stored one is unusable. */
export const DEFAULT_CONTEXT_COLOUR = '#5B8DEF';

/** A bounded context drawn as a frame; membership is explicit, not geometric. */
export const BoundedContext = z.object({
  id: Id,
  name: freeText('name'),
  /** ASCII identifier for generated code; derived from `name` when absent (`codeNameOf`). */
  codeName: CodeName.optional(),
  colour: Colour,
  position: Point,
  size: Size,
  memberIds: z.array(Id),
  canvas: BoundedContextCanvas,
  /**
   * Where a person put this context's node on the context map (top-left corner). Absent
   * until someone drags it: the map lays unplaced contexts out automatically, and files
   * leave the key out (file version 5).
   */
  mapPosition: Point.optional(),
  /**
   * The team's decision on what this context's service is generated as (one board, a
   * polyglot system). Absent = undecided: generation uses its own default target
   * (`serviceTargetOf`). File version 7.
   */
  target: ServiceTarget.optional(),
});
export type BoundedContext = z.infer<typeof BoundedContext>;

export function emptyCanvas(): BoundedContextCanvas {
  return {
    purpose: '',
    classification: { domain: null, businessModel: [], evolution: null },
    domainRoles: [],
    inbound: [],
    outbound: [],
    ubiquitousLanguage: [],
    businessDecisions: [],
    assumptions: [],
    verificationMetrics: [],
    openQuestions: [],
  };
}
