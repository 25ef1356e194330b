import type { CommandPlan, EventPlan, FieldPlan, FieldValueSource, IssuedMapping, OutboundPlan, PolicyPlan } from '../../plan/types';
import type { Source } from '../tsCode';
import { commentText, objectLiteral, sameShape, sourcesOf, str, tsType } from '../tsCode';
import { OpenValues } from './openValues';

/** The event's payload as sources: its key, its fields and its metadata. */
export function payloadSources(event: EventPlan, expr: string): Source[] {
  const sources: Source[] = [];
  if (event.keyProp) sources.push({ expr: `${expr}.${event.keyProp}`, field: { prop: event.keyProp, type: event.keyField?.type ?? 'string', list: false }, optional: false });
  sources.push(...sourcesOf(expr, event.fields));
  sources.push({ expr: `${expr}.occurredAt`, field: { prop: 'occurredAt', type: 'date-time', list: false }, optional: false });
  return sources;
}

/** The open values of a policy's default: members take the triggering event. */
export function policyOpen(policy: PolicyPlan): OpenValues {
  return new OpenValues(`event: ${eventUnion(policy)}`, 'event', `policy ${JSON.stringify(policy.name || policy.pascal)}`);
}

/** The event field a board field name stands for (its key field included), as a source. */
function eventField(event: EventPlan, name: string): Source | undefined {
  const payload = payloadSources(event, 'event.payload');
  if (event.keyField && event.keyProp && event.keyField.name === name) return payload[0];
  const field = event.fields.find((f) => f.name === name);
  return field ? payload.find((s) => s.field === field) : undefined;
}

const STRINGISH = new Set(['string', 'text', 'email', 'url', 'uuid', 'date', 'date-time']);

/** A board constant as a literal of the field's type, or null when it does not read as one. */
function constantLiteral(field: FieldPlan, value: string): string | null {
  if (field.list) return null;
  if (STRINGISH.has(field.type)) return str(value);
  const text = value.trim();
  if (field.type === 'integer') return /^-?\d{1,15}$/.test(text) ? text : null;
  if (field.type === 'number') return text !== '' && Number.isFinite(Number(text)) ? String(Number(text)) : null;
  if (field.type === 'boolean') return /^(true|false)$/i.test(text) ? text.toLowerCase() : null;
  return null; // money: an amount needs its currency's minor unit, people write it
}

/**
 * The value of one field of a command the policy issues, as the board's mapping says
 * (the model's `policyMapping`): a field of the triggering event, a constant, or open
 * (unmapped, stale, a read-model lookup, or a value of another shape). Null: an optional
 * field nobody maps (left out).
 */
function mappedValue(field: FieldPlan, source: FieldValueSource | undefined, event: EventPlan, open: OpenValues, command: string): string | null {
  const what = `${command}.${field.prop}`;
  const openValue = (why: string) => open.use(field.prop, tsType(field), what, why, command);
  if (source?.kind === 'eventField') {
    const from = eventField(event, source.field);
    if (!from) return openValue(`the board maps it from "${source.field}", which ${event.pascal} does not carry`);
    if (!sameShape(from.field, field) && !(STRINGISH.has(from.field.type) && STRINGISH.has(field.type) && !field.list && !from.field.list)) {
      return openValue(`the board maps it from ${event.pascal}.${from.field.prop}, a ${tsType(from.field)}, but it is a ${tsType(field)}`);
    }
    if (!from.optional || !field.required) return from.expr;
    return `${from.expr} ?? ${openValue(`${event.pascal}.${from.field.prop} is optional`)}`;
  }
  if (source?.kind === 'constant') {
    return constantLiteral(field, source.value) ?? openValue(`the board's constant ${JSON.stringify(source.value)} is not a ${tsType(field)}`);
  }
  if (!field.required) return null;
  if (source?.kind === 'readModel') return openValue(`the board says: look it up in read model ${JSON.stringify(source.readModelName)} (field ${JSON.stringify(source.field)})`);
  return openValue(source?.kind === 'unmapped' && source.stale ? 'the field the board maps it from is gone' : 'the board leaves it unmapped');
}

/** A request body for `fields` from the policy's mapping. */
function requestLiteral(fields: readonly FieldPlan[], mapping: IssuedMapping | undefined, event: EventPlan, open: OpenValues, command: string, indent: string): string {
  const entries: [string, string][] = [];
  for (const f of fields) {
    const value = mappedValue(f, mapping?.fields.get(f.name), event, open, command);
    if (value !== null) entries.push([f.prop, value]);
  }
  return objectLiteral(entries, indent);
}

/**
 * The payload property of `event` that gives the id of `command`'s aggregate: its mapped id
 * field, else the event's same-named id; null when neither (the id is open).
 */
export function policyIdProp(command: CommandPlan, mapping: IssuedMapping | undefined, event: EventPlan): string | null {
  const agg = command.aggregate;
  const source = command.idField ? mapping?.fields.get(command.idField.name) : undefined;
  const name = source?.kind === 'eventField' ? source.field : source === undefined ? null : undefined;
  if (name === undefined) return null;
  const from = name === null
    ? payloadSources(event, 'event.payload').find((s) => s.field.prop === agg.idParam)
    : eventField(event, name);
  if (!from || from.optional || from.field.list || !STRINGISH.has(from.field.type)) return null;
  return from.field.prop;
}

/** Where the id of `command`'s aggregate comes from (see `policyIdProp`), else an open value. */
function idValue(command: CommandPlan, mapping: IssuedMapping | undefined, event: EventPlan, open: OpenValues): string {
  const agg = command.aggregate;
  const prop = policyIdProp(command, mapping, event);
  if (prop !== null) return `event.payload.${prop}`;
  const source = command.idField ? mapping?.fields.get(command.idField.name) : undefined;
  if (source && command.idField) return mappedValue({ ...command.idField, required: true }, source, event, open, command.camel) as string;
  return open.use(agg.idParam, 'string', `${command.camel}.${agg.idParam}`, `${event.pascal} carries no ${agg.idParam} and the board maps none`, command.camel);
}

function localCall(command: CommandPlan, mapping: IssuedMapping | undefined, event: EventPlan, open: OpenValues): string[] {
  const indent = '      ';
  const { kind } = command.http;
  const run = (call: string) => [`${indent}await unlessRefused(ctx, ${call.includes('await ') ? 'async ' : ''}() => ctx.commands.${command.camel}(${call}));`];
  if (kind === 'list') return [`${indent}await ctx.commands.${command.camel}({});`];
  if (kind === 'create' || kind === 'collectionAction') return run(`{ body: ${requestLiteral(command.fields, mapping, event, open, command.camel, indent)} }`);
  const id = idValue(command, mapping, event, open);
  if (kind === 'get' || kind === 'delete') return run(`{ ${command.aggregate.idParam}: ${id} }`);
  return run(`{ ${command.aggregate.idParam}: ${id}, body: ${requestLiteral(command.fields, mapping, event, open, command.camel, indent)} }`);
}

/** Another service's command, through the sync client; its refusal (409) is logged like a local one. */
function outboundCall(outbound: OutboundPlan, mapping: IssuedMapping | undefined, event: EventPlan, open: OpenValues): string[] {
  const request = requestLiteral(outbound.fields, mapping, event, open, outbound.camel, '      ');
  return [`      await unlessCalleeRefused(ctx, ${request.includes('await ') ? 'async ' : ''}() => ctx.outbound.${outbound.camel}(${request}));`];
}

/** Union of the policy's trigger event types (`never` without triggers). */
export function eventUnion(policy: PolicyPlan): string {
  return policy.triggers.map((e) => `${e.pascal}Event`).join(' | ') || 'never';
}

/**
 * Body of a policy's default: for each trigger event, issue the policy's commands with
 * the values the board maps (the model's `policyMapping`); what it leaves open comes from
 * `open`, which the hand-written policy file supplies. A refused command (409, its
 * rejection event published, or another service's 409) is logged, not retried.
 */
export function policyBody(policy: PolicyPlan, open: OpenValues): string {
  if (policy.triggers.length === 0) {
    return `  void event;\n  ctx.log(${str(`${policy.name || policy.pascal}: no event activates this policy on the board.`)});`;
  }
  const lines = ['  switch (event.name) {'];
  for (const event of policy.triggers) {
    lines.push(`    case ${str(event.pascal)}: {`);
    if (policy.issues.length === 0) lines.push(`      ctx.log(${str(`${policy.name || policy.pascal}: reacted to ${event.pascal}; it issues no command on the board.`)});`);
    for (const issued of policy.issues) {
      if (issued.kind === 'local') lines.push(...localCall(issued.command, policy.mappings.get(issued.command.id), event, open));
      else if (issued.kind === 'outbound') lines.push(...outboundCall(issued.outbound, policy.mappings.get(issued.outbound.commandId), event, open));
      else {
        const what = issued.why === 'hidden' ? 'hidden on Boris' : 'asynchronous on Boris (no sync client)';
        lines.push(`      // TODO: the call ${commentText(JSON.stringify(issued.name))} is ${what}, so it is not made here; send it the way the team chose.`, `      ctx.log(${str(`${policy.name || policy.pascal}: ${issued.name} is ${what}; not called.`)});`);
      }
    }
    lines.push('      return;', '    }');
  }
  lines.push('  }');
  return lines.join('\n');
}
