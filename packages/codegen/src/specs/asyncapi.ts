import type { ContextPlan, EventPlan } from '../plan/types';
import { exampleKey, exampleObject, exampleUuid } from './examples';
import type { JsonObject } from './jsonSchema';
import { MONEY_SCHEMA, keySchema, usesMoney } from './jsonSchema';
import { eventPayloadSchema } from './schemasOf';

const STYLE = { money: { $ref: '#/components/schemas/Money' }, trace: true };

/** Kafka bindings (what the generated runtime does): version of the binding schemas used. */
const KAFKA_BINDING = '0.5.0';
/** Partitions and replicas a service creates a missing topic with: the defaults of KAFKA_PARTITIONS and KAFKA_REPLICATION_FACTOR in runtime/start.ts (test-checked). */
const DEFAULT_PARTITIONS = 3;
const DEFAULT_REPLICAS = 1;

/** The event envelope the runtime sends as Kafka headers next to the JSON payload. */
const ENVELOPE_HEADERS: JsonObject = {
  type: 'object',
  required: ['event-id', 'event-name', 'occurred-at'],
  properties: {
    'event-id': { type: 'string', description: 'Same as the payload eventId: consumers record it to handle each event once' },
    'event-name': { type: 'string', description: 'Message name' },
    'occurred-at': { type: 'string', format: 'date-time' },
    'aggregate-id': { type: 'string', description: 'Id of the aggregate it happened to (also the Kafka key)' },
    'aggregate-version': { type: 'string', description: 'Version of that aggregate after the change' },
    traceparent: { type: 'string', description: 'W3C trace context' },
    tracestate: { type: 'string' },
  },
};

/** Example payload of an event (also used by the generated tests). */
export function eventExample(event: EventPlan): JsonObject {
  const meta: JsonObject = { eventId: exampleUuid(`${event.pascal}-event`), occurredAt: '2025-03-14T09:30:00.000Z' };
  if (event.keyProp) meta[event.keyProp] = exampleKey(event.keyProp, event.keyField);
  return { ...meta, ...exampleObject(event.fields) };
}

function producerText(event: EventPlan): string {
  switch (event.producer.kind) {
    case 'aggregate':
      return `Emitted by the ${event.producer.aggregate.pascal} aggregate.`;
    case 'external':
      return `Heard from the external system "${event.producer.name}".`;
    case 'timed':
      return 'Raised by time (a scheduler).';
    case 'none':
      return 'Raised by hand-written code (no producer on the board).';
  }
}

/**
 * The AsyncAPI 3.0 document of one context: its published events (`send`) and the
 * foreign events it subscribes to (`receive`), on channel addresses shared by every
 * context, with payloads from the events' fields.
 */
export function buildAsyncApi(ctx: ContextPlan, boardName: string): JsonObject {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  const schemas: JsonObject = {};
  const add = (event: EventPlan, action: 'send' | 'receive') => {
    channels[event.channelKey] = {
      address: event.channel,
      title: event.name || event.pascal,
      messages: { [event.pascal]: { $ref: `#/components/messages/${event.pascal}` } },
      bindings: { kafka: { topic: event.channel, partitions: DEFAULT_PARTITIONS, replicas: DEFAULT_REPLICAS, bindingVersion: KAFKA_BINDING } },
      'x-stormscape-id': event.id,
    };
    const operation: JsonObject = {
      action,
      channel: { $ref: `#/channels/${event.channelKey}` },
      summary: action === 'send' ? `Publishes ${event.name || event.pascal}` : `Reacts to ${event.name || event.pascal}`,
      messages: [{ $ref: `#/channels/${event.channelKey}/messages/${event.pascal}` }],
      ...(action === 'receive'
        ? {
            description: `Handled once per event id (inbox). A message that still fails after CONSUMER_MAX_ATTEMPTS tries goes to the topic \`${event.channel}.dlq\` with its error in the \`dlq-error\` header; the partition moves on.`,
            bindings: { kafka: { groupId: { type: 'string', enum: [ctx.slug] }, bindingVersion: KAFKA_BINDING } },
          }
        : {}),
      'x-stormscape-id': event.id,
    };
    operations[`${action}${event.pascal}`] = operation;
    const description = [event.description, producerText(event)].filter(Boolean).join('\n\n');
    messages[event.pascal] = {
      name: event.pascal,
      title: event.name || event.pascal,
      description,
      contentType: 'application/json',
      headers: ENVELOPE_HEADERS,
      payload: { $ref: `#/components/schemas/${event.pascal}Payload` },
      bindings: {
        kafka: {
          key: {
            ...keySchema(event.keyField, ''),
            description: event.keyProp ? `The ${event.keyProp} of the payload: one aggregate's events stay in order on one partition` : 'The event id (no aggregate key)',
          },
          bindingVersion: KAFKA_BINDING,
        },
      },
      examples: [{ name: 'example', payload: eventExample(event) }],
      'x-stormscape-id': event.id,
    };
    schemas[`${event.pascal}Payload`] = eventPayloadSchema(event, STYLE);
  };
  for (const event of ctx.published) add(event, 'send');
  for (const event of ctx.subscribed) add(event, 'receive');
  if ([...ctx.published, ...ctx.subscribed].some((e) => usesMoney(e.fields))) schemas.Money = MONEY_SCHEMA;

  const doc: JsonObject = {
    asyncapi: '3.0.0',
    info: {
      title: `${ctx.name} events`,
      version: '0.1.0',
      description: [ctx.purpose, `Generated by Stormscape from the board "${boardName}". Do not edit: regenerate instead.`].filter(Boolean).join('\n\n'),
      'x-stormscape-id': ctx.id,
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages, schemas },
  };
  if (ctx.risks.length > 0) doc['x-risks'] = ctx.risks.map((r) => ({ 'x-stormscape-id': r.id, text: r.text, resolved: r.resolved, ...(r.description ? { note: r.description } : {}) }));
  return doc;
}
