import type { Sticky } from '@stormscape/model';
import { codeNameOf } from '@stormscape/model';
import type { ReservedNameSink } from '../naming/Namer';
import { Namer, lowerFirst, safeName } from '../naming/Namer';
import { displayName } from './analyse';
import { planFields } from './fields';
import type { BoardStructure } from './structure';
import type { AggregatePlan, EventPlan, EventProducer } from './types';

/** Message metadata every event payload carries besides its fields. */
export const EVENT_META_PROPS = ['eventId', 'occurredAt'] as const;

/**
 * Plans every event that takes part in generation: produced by a planned aggregate,
 * heard from an external system, or sitting in a context. Channel addresses are global
 * (one broker), so they start with the owning context's slug
 * (`ordering.orders.order-placed`): contexts never compete for an address.
 */
export function planEvents(
  structure: BoardStructure,
  eventStickies: readonly Sticky[],
  aggregateOfGroup: (stickyId: string) => AggregatePlan | undefined,
  contextSlug: (contextId: string) => string | undefined,
  pascalOf: ReadonlyMap<string, string>,
  onReserved?: ReservedNameSink,
): Map<string, EventPlan> {
  const plans = new Map<string, EventPlan>();
  const addresses = new Namer();
  const channelKeys = new Namer();
  for (const sticky of eventStickies) {
    if (plans.has(sticky.id)) continue;
    const raw = structure.producerOf(sticky.id);
    const name = displayName(sticky);
    const pascal = pascalOf.get(sticky.id) ?? 'Event';
    let producer: EventProducer;
    let prefix: string;
    let owner: string | null;
    if (raw.kind === 'aggregate') {
      const aggregate = aggregateOfGroup(raw.group.stickies[0]?.id ?? '');
      if (!aggregate) continue;
      producer = { kind: 'aggregate', aggregate };
      owner = raw.group.contextId;
      // Qualified by the context: another context's "Container" aggregate must not share
      // (or, being added later, rename) this channel.
      prefix = `${contextSlug(owner) ?? 'service'}.${aggregate.collection}`;
    } else if (raw.kind === 'external') {
      producer = { kind: 'external', id: raw.sticky.id, name: displayName(raw.sticky) };
      prefix = safeName(codeNameOf(raw.sticky), 'kebab', 'external');
      owner = null;
    } else {
      producer = raw;
      owner = structure.lookup.contextOf(sticky.id);
      prefix = (owner !== null ? contextSlug(owner) : undefined) ?? 'events';
    }
    const keyProp = producer.kind === 'aggregate' ? producer.aggregate.idParam : null;
    const { key, fields } = planFields(sticky.fields, keyProp, EVENT_META_PROPS, onReserved);
    // The key holds the aggregate's id, so it has the aggregate's id type whatever the event says.
    const aggregateId = producer.kind === 'aggregate' ? producer.aggregate.idField : null;
    const keyField = producer.kind !== 'aggregate' ? null : key ? { ...key, type: aggregateId?.type ?? 'string' } : aggregateId;
    const channel = addresses.unique(`${prefix}.${safeName(codeNameOf(sticky), 'kebab', 'event')}`);
    const plan: EventPlan = {
      id: sticky.id,
      aliasIds: structure.aliasesOf(sticky.id),
      name,
      description: sticky.description.trim(),
      pascal,
      camel: lowerFirst(pascal),
      channel,
      channelKey: channelKeys.unique(safeName(channel, 'camel', 'channel')),
      keyProp,
      keyField,
      fields,
      producer,
      ownerContextId: owner,
      isPublic: sticky.public === true,
      timed: sticky.timed === true,
    };
    plans.set(sticky.id, plan);
    if (producer.kind === 'aggregate') producer.aggregate.events.push(plan);
  }
  return plans;
}
