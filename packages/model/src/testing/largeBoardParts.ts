import type { BoundedContextCanvas } from '../schema/BoundedContext';
import type { ContextRelationship } from '../schema/ContextRelationship';
import type { Field } from '../schema/Field';
import type { Goal } from '../schema/Goal';
import { FIELD_POOL, camel } from './names';
import type { Random } from './random';

/** Fields for a sticky about `noun`: its id first, then a few from the pool. */
export function fieldsFor(rnd: Random, noun: string, extra: number, first: readonly Field[] = []): Field[] {
  const fields: Field[] = [{ name: `${camel(noun)}Id`, type: 'uuid', list: false, required: true, description: `Identifies the ${noun.toLowerCase()}` }, ...first];
  const used = new Set(fields.map((f) => f.name));
  for (let i = 0; i < extra; i++) {
    const [name, type] = rnd.pick(FIELD_POOL);
    if (used.has(name)) continue;
    used.add(name);
    fields.push({ name, type, list: rnd.chance(0.1), required: rnd.chance(0.6), description: '' });
  }
  return fields;
}

export function canvasFor(rnd: Random, name: string, nouns: readonly string[], index: number): BoundedContextCanvas {
  return {
    purpose: `Owns everything about ${name.toLowerCase()}.`,
    classification: {
      domain: (['core', 'supporting', 'generic'] as const)[index % 3] ?? null,
      businessModel: index % 2 === 0 ? ['revenue'] : ['costReduction', 'compliance'],
      evolution: (['customBuilt', 'product', 'genesis', 'commodity'] as const)[index % 4] ?? null,
    },
    domainRoles: [rnd.pick(['execution', 'analysis', 'gateway', 'specification'])],
    inbound: [{ collaborator: 'Web shop', relationship: 'customer/supplier', messageKind: 'command', message: `Submit ${nouns[0] ?? 'Request'}` }],
    outbound: [{ collaborator: 'Reporting', relationship: 'published language', messageKind: 'event', message: `${nouns[0] ?? 'Request'} Submitted` }],
    ubiquitousLanguage: nouns.slice(0, 3).map((term) => ({ term, definition: `A ${term.toLowerCase()} as ${name} understands it.` })),
    businessDecisions: ['Requests over the limit need approval'],
    assumptions: ['Most requests are handled within a day'],
    verificationMetrics: ['Median handling time'],
    openQuestions: index % 2 === 0 ? ['Who owns the reference data?'] : [],
  };
}

export function goals(): Goal[] {
  return [
    { id: 'goal-1', kind: 'goal', text: 'Customers can complete the main flow on their own', keyResults: ['80% self-service', 'Median completion under 5 minutes'] },
    { id: 'goal-2', kind: 'goal', text: 'Split the monolith along bounded contexts', keyResults: ['Each context deploys on its own'] },
    { id: 'goal-3', kind: 'nonGoal', text: 'Replace the accounting system', keyResults: [] },
  ];
}

const PAIRINGS: readonly Omit<ContextRelationship, 'id' | 'upstreamId' | 'downstreamId' | 'description'>[] = [
  { kind: 'customerSupplier', upstreamPatterns: [], downstreamPatterns: [] },
  { kind: 'upstreamDownstream', upstreamPatterns: ['OHS', 'PL'], downstreamPatterns: ['ACL'] },
  { kind: 'upstreamDownstream', upstreamPatterns: ['PL'], downstreamPatterns: ['CF'] },
  { kind: 'partnership', upstreamPatterns: [], downstreamPatterns: [] },
];

/** A chain of relationships: each context downstream of the one before it. */
export function relationships(contextIds: readonly string[]): ContextRelationship[] {
  return contextIds.slice(1).map((downstreamId, i) => ({
    id: `rel-${i + 1}`,
    upstreamId: contextIds[i] ?? downstreamId,
    downstreamId,
    description: '',
    ...(PAIRINGS[i % PAIRINGS.length] ?? { kind: 'separateWays', upstreamPatterns: [], downstreamPatterns: [] }),
  }));
}
