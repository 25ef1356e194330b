import type { Sticky } from '@stormscape/model';
import { channelOf, contextOfSticky, stateAfterEvent } from '@stormscape/model';
import type { ReservedNameSink } from '../naming/Namer';
import { Namer, lowerFirst, safeName } from '../naming/Namer';
import { displayName } from '../naming/words';
import { planFields } from './fields';
import type { BoardStructure } from './structure';
import type { AggregatePlan, EventPlan, EventProducer } from './types';

/** Message metadata every event payload carries besides its fields. */
export const EVENT_META_PROPS = ['eventId', 'occurredAt'] as const;

/**
 * Plans every event that takes part in generation: produced by a planned aggregate,
 * heard from an external system, or sitting in a context. Channel addresses come from
 * the model's `channelOf` (the one source AsyncAPI and code share): they start with the
 * owning context's slug (`ordering.orders.order-placed`), so contexts never compete.
 */
export function planEvents(
  structure: BoardStructure,
  eventStickies: readonly Sticky[],
  aggregateOfGroup: (stickyId: string) => AggregatePlan | undefined,
  pascalOf: ReadonlyMap<string, string>,
  onReserved?: ReservedNameSink,
): Map<string, EventPlan> {
  const plans = new Map<string, EventPlan>();
  const channelKeys = new Namer();
  for (const sticky of eventStickies) {
    if (plans.has(sticky.id)) continue;
    const raw = structure.producerOf(sticky.id);
    const name = displayName(sticky);
    const pascal = pascalOf.get(sticky.id) ?? 'Event';
    let producer: EventProducer;
    let owner: string | null;
    if (raw.kind === 'aggregate') {
      const aggregate = aggregateOfGroup(raw.group.stickies[0]?.id ?? '');
      if (!aggregate) continue;
      producer = { kind: 'aggregate', aggregate };
      owner = raw.group.contextId;
    } else if (raw.kind === 'external') {
      producer = { kind: 'external', id: raw.sticky.id, name: displayName(raw.sticky) };
      owner = null;
    } else {
      producer = raw;
      owner = contextOfSticky(structure.index, sticky.id);
    }
    const keyProp = producer.kind === 'aggregate' ? producer.aggregate.idParam : null;
    const { key, fields } = planFields(sticky.fields, keyProp, EVENT_META_PROPS, onReserved);
    // The key holds the aggregate's id, so it has the aggregate's id type whatever the event says.
    const aggregateId = producer.kind === 'aggregate' ? producer.aggregate.idField : null;
    const keyField = producer.kind !== 'aggregate' ? null : key ? { ...key, type: aggregateId?.type ?? 'string' } : aggregateId;
    const channel = channelOf(structure.index, sticky.id) ?? 'events.event';
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
      leadsTo: stateAfterEvent(structure.index, sticky.id) ?? null,
    };
    plans.set(sticky.id, plan);
    if (producer.kind === 'aggregate') producer.aggregate.events.push(plan);
  }
  return plans;
}
