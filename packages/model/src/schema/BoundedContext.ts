import { z } from 'zod';
import { CodeName } from './CodeName';
import { Colour, Id, Point, Size } from './ids';

export const DomainClassification = z.enum(['core', 'supporting', 'generic']);
export const BusinessModel = z.enum(['revenue', 'engagement', 'compliance', 'costReduction']);
export const Evolution = z.enum(['genesis', 'customBuilt', 'product', 'commodity']);
export const MessageKind = z.enum(['command', 'query', 'event']);

/** One inbound or outbound communication line of the Bounded Context Canvas. */
export const Communication = z.object({
  collaborator: z.string().max(500),
  relationship: z.string().max(500),
  messageKind: MessageKind,
  message: z.string().max(500),
});
export type Communication = z.infer<typeof Communication>;

export const Term = z.object({ term: z.string().max(500), definition: z.string().max(5000) });

/** Every field of the ddd-crew Bounded Context Canvas (v5). */
export const BoundedContextCanvas = z.object({
  purpose: z.string().max(5000),
  classification: z.object({
    domain: DomainClassification.nullable(),
    businessModel: z.array(BusinessModel),
    evolution: Evolution.nullable(),
  }),
  domainRoles: z.array(z.string().max(500)),
  inbound: z.array(Communication),
  outbound: z.array(Communication),
  ubiquitousLanguage: z.array(Term),
  businessDecisions: z.array(z.string().max(2000)),
  assumptions: z.array(z.string().max(2000)),
  verificationMetrics: z.array(z.string().max(2000)),
  openQuestions: z.array(z.string().max(2000)),
});
export type BoundedContextCanvas = z.infer<typeof BoundedContextCanvas>;

/** A bounded context drawn as a frame; membership is explicit, not geometric. */
export const BoundedContext = z.object({
  id: Id,
  name: z.string().max(200),
  /** ASCII identifier for generated code; derived from `name` when absent (`codeNameOf`). */
  codeName: CodeName.optional(),
  colour: Colour,
  position: Point,
  size: Size,
  memberIds: z.array(Id),
  canvas: BoundedContextCanvas,
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
