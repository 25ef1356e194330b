import type { AggregatePlan, CommandPlan, ContextPlan, EventPlan, ReadModelPlan } from '../plan/types';
import { EVENT_META_PROPS } from '../plan/planEvents';
import type { JsonObject, ObjectProperty } from './jsonSchema';
import { fieldProperties, keySchema, objectSchema, usesMoney } from './jsonSchema';

/**
 * The JSON Schemas of one context's records, shared by the OpenAPI and AsyncAPI documents
 * and the generated runtime validators. `money` says how to reference Money: a `$ref` in
 * documents, the schema itself inline in code. `trace` adds `x-stormscape-id`.
 */
export interface SchemaStyle {
  readonly money: JsonObject;
  readonly trace: boolean;
}

const traced = (style: SchemaStyle, id: string): JsonObject => (style.trace ? { 'x-stormscape-id': id } : {});

export function aggregateSchema(agg: AggregatePlan, style: SchemaStyle): JsonObject {
  const key: ObjectProperty = { prop: agg.idParam, schema: keySchema(agg.idField, `Identity of the ${agg.name || agg.pascal}`), required: true };
  const extra: JsonObject = { title: agg.pascal, ...traced(style, agg.id) };
  if (agg.description) extra.description = agg.description;
  const state: ObjectProperty[] = agg.lifecycle
    ? [{ prop: agg.lifecycle.prop, schema: { type: 'string', enum: [...agg.lifecycle.states], description: 'Where it is in its lifecycle (Aggregate Design Canvas on the board)' }, required: true }]
    : [];
  return objectSchema([key, ...state, ...fieldProperties(agg.fields, style.money)], true, extra);
}

export function requestSchema(command: CommandPlan, style: SchemaStyle): JsonObject {
  const extra: JsonObject = { title: command.requestType, ...traced(style, command.id) };
  const properties = fieldProperties(command.fields, style.money);
  // A creating command may choose the new aggregate's id.
  if (command.idField && (command.http.kind === 'create' || command.http.kind === 'collectionAction')) {
    properties.unshift({ prop: command.aggregate.idParam, schema: keySchema(command.aggregate.idField, 'Id for the new item (generated when left out)'), required: false });
  }
  return objectSchema(properties, true, extra);
}

export function readModelSchema(rm: ReadModelPlan, style: SchemaStyle): JsonObject {
  const key: ObjectProperty = { prop: 'id', schema: rowKeySchema(rm), required: true };
  const extra: JsonObject = { title: rm.pascal, ...traced(style, rm.id) };
  if (rm.description) extra.description = rm.description;
  return objectSchema([key, ...fieldProperties(rm.fields, style.money)], true, extra);
}

/** Read-model rows are keyed by whatever id their events carry, so the key is any string. */
export function rowKeySchema(rm: ReadModelPlan): JsonObject {
  return { type: 'string', description: rm.idField?.description || `Key of the ${rm.name || rm.pascal} row` };
}

/** Event payload: id, time and aggregate key ("lean events") plus the board's fields. */
export function eventPayloadSchema(event: EventPlan, style: SchemaStyle): JsonObject {
  const [eventIdProp, occurredAtProp] = EVENT_META_PROPS;
  const meta: ObjectProperty[] = [
    { prop: eventIdProp, schema: { type: 'string', format: 'uuid', description: 'Unique id of this event' }, required: true },
    { prop: occurredAtProp, schema: { type: 'string', format: 'date-time', description: 'When it happened' }, required: true },
  ];
  if (event.keyProp) meta.push({ prop: event.keyProp, schema: keySchema(event.keyField, 'Id of the aggregate it happened to'), required: true });
  const extra: JsonObject = { title: `${event.pascal}Payload`, ...traced(style, event.id) };
  return objectSchema([...meta, ...fieldProperties(event.fields, style.money)], false, extra);
}

/** Whether the context's OpenAPI document needs the Money schema. */
export function openApiUsesMoney(ctx: ContextPlan): boolean {
  return (
    ctx.aggregates.some((a) => usesMoney(a.fields) || a.commands.some((c) => usesMoney(c.fields))) ||
    ctx.readModels.some((r) => usesMoney(r.fields))
  );
}

/** Events appearing in the context's AsyncAPI document: published, then subscribed. */
export function documentEvents(ctx: ContextPlan): EventPlan[] {
  return [...ctx.published, ...ctx.subscribed];
}
