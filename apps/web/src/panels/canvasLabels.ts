import type { BusinessModel, ContextPattern, DomainClassification, Evolution, MessageKind } from '@stormscape/model';

type Value<E extends { options: readonly string[] }> = E['options'][number];

// Words people read for the model's enum values (the Bounded Context Canvas, ddd-crew v5, and
// the context-map patterns); the values themselves stay in the model.

export const DOMAIN_LABELS: Readonly<Record<Value<typeof DomainClassification>, string>> = {
  core: 'Core domain',
  supporting: 'Supporting subdomain',
  generic: 'Generic subdomain',
};

export const BUSINESS_MODEL_LABELS: Readonly<Record<Value<typeof BusinessModel>, string>> = {
  revenue: 'Revenue',
  engagement: 'Engagement',
  compliance: 'Compliance',
  costReduction: 'Cost reduction',
};

export const EVOLUTION_LABELS: Readonly<Record<Value<typeof Evolution>, string>> = {
  genesis: 'Genesis',
  customBuilt: 'Custom built',
  product: 'Product (+ rental)',
  commodity: 'Commodity / utility',
};

export const MESSAGE_KIND_LABELS: Readonly<Record<Value<typeof MessageKind>, string>> = {
  command: 'Command',
  query: 'Query',
  event: 'Event',
};

export const PATTERN_LABELS: Readonly<Record<ContextPattern, string>> = {
  OHS: 'Open Host Service',
  PL: 'Published Language',
  ACL: 'Anticorruption Layer',
  CF: 'Conformist',
  CS: 'Customer/Supplier',
  SK: 'Shared Kernel',
  P: 'Partnership',
  SW: 'Separate Ways',
};
