import type { CommandPlan, ContextPlan, EventPlan, FieldPlan, FieldValueSource, IssuedMapping, PolicyPlan } from '../../plan/types';
import { javaIdent, javaString } from '../../naming/javaNames';
import { creates, hasBody } from '../view/commandCode';
import { policyIdProp } from '../view/policyCode';
import { sameShape, tsType } from '../tsCode';
import type { JavaSource } from './javaCode';
import { javaComment, payload, valueType } from './javaCode';
import { JavaOpen } from './javaOpen';
import type { SpringCall, SpringCallee } from './springOutbound';
import { springCallees, springCallOf } from './springOutbound';
import { javaCommandBody, javaCommandOpen } from './springCommand';

/**
 * Policies in Java, with the TypeScript target's semantics (`view/policyCode.ts`): an event
 * a policy hears issues its commands with the values the board maps (the model's
 * `policyMapping`); a command of this service runs through its handler in the consumer's
 * transaction (so the inbox makes it happen once), a refusal (409) is logged, not retried.
 * What the board leaves open is a method of `<Policy>PolicyOpen`, supplied by the
 * hand-written `handlers/<Policy>Policy` whose TODO(stormscape) throws (a dead letter).
 */

const STRINGISH = new Set(['string', 'text', 'email', 'url', 'uuid', 'date', 'date-time']);

/** A policy's open values: methods take the event map. */
export function javaPolicyOpen(policy: PolicyPlan): JavaOpen {
  return new JavaOpen('Map<String, Object> event', 'event', `policy ${JSON.stringify(policy.name || policy.pascal)}`);
}

/** The event field a board field name stands for (its key field included). */
function eventField(event: EventPlan, name: string): JavaSource | undefined {
  const sources = payload(event);
  if (event.keyField && event.keyProp && event.keyField.name === name) return sources[0];
  const field = event.fields.find((f) => f.name === name);
  return field ? sources.find((s) => s.field === field) : undefined;
}

/** A board constant as a Java value of the field's type, or null when it does not read as one. */
function constantLiteral(field: FieldPlan, value: string): string | null {
  if (field.list) return null;
  if (STRINGISH.has(field.type)) return javaString(value);
  const text = value.trim();
  if (field.type === 'integer') return /^-?\d{1,15}$/.test(text) ? `${text}L` : null;
  if (field.type === 'number') return text !== '' && Number.isFinite(Number(text)) ? `new java.math.BigDecimal(${javaString(String(Number(text)))})` : null;
  if (field.type === 'boolean') return /^(true|false)$/i.test(text) ? text.toLowerCase() : null;
  return null; // money: an amount needs its currency's minor unit, people write it
}

const openMember = (command: string, prop: string): string => javaIdent(`${command.replace(/_$/, '')}${prop.charAt(0).toUpperCase()}${prop.slice(1)}`);

/** The value of one field of an issued command as the board maps it (the TS target's `mappedValue`); null: an optional field nobody maps. */
function mappedValue(field: FieldPlan, source: FieldValueSource | undefined, event: EventPlan, open: JavaOpen, command: string): string | null {
  const what = `${command}.${field.prop}`;
  const openValue = (why: string) => open.use(openMember(command, field.prop), valueType(field), what, why);
  if (source?.kind === 'eventField') {
    const from = eventField(event, source.field);
    if (!from) return openValue(`the board maps it from "${source.field}", which ${event.pascal} does not carry`);
    if (!sameShape(from.field, field) && !(STRINGISH.has(from.field.type) && STRINGISH.has(field.type) && !field.list && !from.field.list)) {
      return openValue(`the board maps it from ${event.pascal}.${from.field.prop}, a ${tsType(from.field)}, but it is a ${tsType(field)}`);
    }
    if (!from.optional || !field.required) return from.expr;
    return `Values.firstOr(() -> ${openValue(`${event.pascal}.${from.field.prop} is optional`)}, ${from.expr})`;
  }
  if (source?.kind === 'constant') {
    return constantLiteral(field, source.value) ?? openValue(`the board's constant ${JSON.stringify(source.value)} is not a ${tsType(field)}`);
  }
  if (!field.required) return null;
  if (source?.kind === 'readModel') return openValue(`the board says: look it up in read model ${JSON.stringify(source.readModelName)} (field ${JSON.stringify(source.field)})`);
  return openValue(source?.kind === 'unmapped' && source.stale ? 'the field the board maps it from is gone' : 'the board leaves it unmapped');
}

/** A request record of `fields` from the policy's mapping (a JSON map converted by Jackson); `owner` names its open values. */
function recordValue(fields: readonly FieldPlan[], type: string, owner: string, mapping: IssuedMapping | undefined, event: EventPlan, open: JavaOpen, indent: string): string {
  const entries: string[] = [];
  for (const f of fields) {
    const value = mappedValue(f, mapping?.fields.get(f.name), event, open, owner);
    if (value !== null) entries.push(`${javaString(f.prop)}, ${value}`);
  }
  const map = entries.length === 0 ? 'Values.map()' : `Values.map(\n${entries.map((e) => `${indent}    ${e}`).join(',\n')})`;
  return `Values.as(${map}, ${type}.class)`;
}

/** The request record of `command` from the policy's mapping. */
function requestValue(command: CommandPlan, mapping: IssuedMapping | undefined, event: EventPlan, open: JavaOpen, indent: string): string {
  return recordValue(command.fields, command.requestType, command.camel, mapping, event, open, indent);
}

/** The id of the aggregate `command` acts on (the TS target's `idValue`): the event's id field, a mapped one, else open. */
function idValue(command: CommandPlan, mapping: IssuedMapping | undefined, event: EventPlan, open: JavaOpen): string {
  const agg = command.aggregate;
  const prop = policyIdProp(command, mapping, event);
  if (prop !== null) return `Values.text(event.get(${javaString(prop)}), null)`;
  const camel = command.camel;
  const source = command.idField ? mapping?.fields.get(command.idField.name) : undefined;
  if (source && command.idField) return `Values.text(${mappedValue({ ...command.idField, required: true }, source, event, open, camel) as string}, null)`;
  return open.use(openMember(camel, agg.idParam), 'String', `${camel}.${agg.idParam}`, `${event.pascal} carries no ${agg.idParam} and the board maps none`);
}

/** The field holding a command's handler in `Policies`. */
export const commandField = (command: CommandPlan): string => javaIdent(`${command.camel.replace(/_$/, '')}Command`);

function localCall(policy: PolicyPlan, command: CommandPlan, event: EventPlan, open: JavaOpen): string[] {
  const mapping = policy.mappings.get(command.id);
  const args: string[] = [];
  if (!creates(command) && command.http.kind !== 'list') args.push(idValue(command, mapping, event, open));
  if (hasBody(command)) args.push(requestValue(command, mapping, event, open, '      '));
  const name = javaString(policy.name || policy.pascal);
  return [
    '    try {',
    `      ${commandField(command)}.handle(${args.join(', ')});`,
    '    } catch (RefusedException refused) {',
    `      LOG.info("{}: {} refused: {}", ${name}, ${javaString(command.name || command.pascal)}, refused.getBody().getDetail());`,
    '    }',
  ];
}

/**
 * A command of another service: sent through its typed client (`<Callee>Client`) in the
 * consumer's transaction. A refusal (409 from the callee) is logged, not retried, as for
 * this service's commands; a callee that is down or failing (503) fails the reaction, so the
 * event is retried and then dead-lettered (KafkaConfig), as the TypeScript target does.
 * A path parameter the request does not carry comes from the event's same-named field, else
 * it is an open value.
 */
function outboundCall(policy: PolicyPlan, callee: SpringCallee, call: SpringCall, event: EventPlan, open: JavaOpen): string[] {
  const mapping = policy.mappings.get(call.outbound.commandId);
  const args = call.extraParams.map((param) => {
    const from = payload(event).find((s) => s.field.prop === param && !s.field.list && STRINGISH.has(s.field.type));
    if (from && !from.optional) return `Values.text(${from.expr}, null)`;
    return open.use(openMember(call.outbound.camel, param), 'String', `${call.outbound.camel}.${param}`, `the path of ${call.outbound.name || call.outbound.camel} on ${callee.contextName} needs it and ${event.pascal} carries no ${param}`);
  });
  args.push(recordValue(call.outbound.fields, `${callee.clientClass}.${call.record}`, call.outbound.camel, mapping, event, open, '      '));
  const name = javaString(policy.name || policy.pascal);
  return [
    '    try {',
    `      ${callee.field}.${call.method}(${args.join(', ')});`,
    '    } catch (CalleeRefusedException refused) {',
    `      LOG.info("{}: {} refused by {}: {}", ${name}, ${javaString(call.outbound.name || call.outbound.camel)}, ${javaString(callee.contextName)}, refused.getBody().getDetail());`,
    '    }',
  ];
}

/** Body of one policy's reaction to one of its events. */
function reactionBody(policy: PolicyPlan, event: EventPlan, open: JavaOpen, callees: readonly SpringCallee[]): string {
  const name = policy.name || policy.pascal;
  const lines: string[] = [];
  if (policy.issues.length === 0) lines.push(`    LOG.info(${javaString(`${name}: reacted to ${event.pascal}; it issues no command on the board.`)});`);
  for (const issued of policy.issues) {
    if (issued.kind === 'local') lines.push(...localCall(policy, issued.command, event, open));
    else if (issued.kind === 'outbound') {
      const target = springCallOf(callees, issued.outbound);
      if (target) lines.push(...outboundCall(policy, target.callee, target.call, event, open));
      else {
        const why = issued.outbound.target.kind === 'external' ? `a command of the external system ${issued.outbound.target.name}` : 'a command the board sends to no one';
        lines.push(
          `    // TODO(stormscape): ${javaComment(`${issued.outbound.name} is ${why}: it has no generated client; call it here.`)}`,
          `    LOG.warn(${javaString(`${name}: ${issued.outbound.name} is ${why}; not called (no generated client).`)});`,
        );
      }
    } else {
      const what = issued.why === 'hidden' ? 'hidden on Boris' : 'asynchronous on Boris (no sync client)';
      lines.push(`    // TODO: the call ${javaComment(JSON.stringify(issued.name))} is ${what}, so it is not made here; send it the way the team chose.`, `    LOG.info(${javaString(`${name}: ${issued.name} is ${what}; not called.`)});`);
    }
  }
  return lines.join('\n');
}

export interface PolicyReaction {
  readonly method: string;
  readonly doc: string;
  readonly body: string;
  readonly openField: string | null;
}

/** Whether running `command`'s default (its success path) asks for a value the board leaves open. */
function commandStuck(command: CommandPlan): boolean {
  const open = javaCommandOpen(command);
  javaCommandBody(command, open);
  return !open.empty;
}

/** What an event does through the context's policies: aggregates to seed for a test, events it emits, calls to other services, and whether an open value stops it. */
export function policyEffects(ctx: ContextPlan, event: EventPlan, example: Readonly<Record<string, unknown>>) {
  const seeds: { command: CommandPlan; id: string }[] = [];
  const emitted: string[] = [];
  const calls: { clientClass: string; httpMethod: string; path: string }[] = [];
  const callees = springCallees(ctx);
  let stuck = false;
  for (const policy of ctx.policies) {
    if (!policy.triggers.includes(event)) continue;
    const open = javaPolicyOpen(policy);
    reactionBody(policy, event, open, callees);
    if (!open.empty) stuck = true;
    for (const issued of policy.issues) {
      const target = issued.kind === 'outbound' ? springCallOf(callees, issued.outbound) : undefined;
      if (target) calls.push({ clientClass: target.callee.clientClass, httpMethod: target.call.httpMethod, path: target.call.path });
      if (issued.kind !== 'local') continue;
      const command = issued.command;
      if (commandStuck(command)) stuck = true;
      if (!['get', 'list'].includes(command.http.kind)) emitted.push(...command.success.slice(0, 1).map((e) => e.pascal));
      if (['create', 'collectionAction', 'list'].includes(command.http.kind)) continue;
      const prop = policyIdProp(command, policy.mappings.get(command.id), event);
      const id = prop === null ? undefined : example[prop];
      if (typeof id === 'string') seeds.push({ command, id });
    }
  }
  return { seeds, emitted, calls, stuck };
}

/** What the policy templates use: per policy and trigger a reaction method, the handlers they call, the open interfaces. */
export function policiesView(ctx: ContextPlan) {
  const callees = springCallees(ctx);
  const clients = new Map<SpringCallee, { type: string; field: string }>();
  const reactions: (PolicyReaction & { event: EventPlan })[] = [];
  const opens: { pascal: string; camel: string; openType: string; handlerClass: string; body: string; todo: string }[] = [];
  const commands = new Map<CommandPlan, { type: string; field: string }>();
  for (const policy of ctx.policies) {
    // Rendered twice, so every method knows the final set of open values.
    const open = javaPolicyOpen(policy);
    for (const event of policy.triggers) reactionBody(policy, event, open, callees);
    const openField = open.empty ? null : javaIdent(`${policy.camel.replace(/_$/, '')}PolicyOpen`);
    for (const event of policy.triggers) {
      reactions.push({ event, method: javaIdent(`${policy.camel.replace(/_$/, '')}On${event.pascal}`), doc: javaComment(`policy ${policy.name || policy.pascal} ← ${event.name || event.pascal} (${event.channel})`), body: reactionBody(policy, event, open, callees), openField });
    }
    if (openField) opens.push({ pascal: policy.pascal, camel: openField, openType: `${policy.pascal}PolicyOpen`, handlerClass: `${policy.pascal}Policy`, body: open.interfaceBody('    '), todo: open.todoBody('  ') });
    for (const issued of policy.issues) {
      if (issued.kind === 'local') commands.set(issued.command, { type: `${issued.command.aggregate.pascal}Commands.${issued.command.pascal}Command`, field: commandField(issued.command) });
      const target = issued.kind === 'outbound' ? springCallOf(callees, issued.outbound) : undefined;
      if (target) clients.set(target.callee, { type: target.callee.clientClass, field: target.callee.field });
    }
  }
  // Method names must be unique in the class.
  const seen = new Set<string>();
  const unique = reactions.map((r) => {
    let method = r.method;
    for (let n = 2; seen.has(method.toLowerCase()); n += 1) method = `${r.method}${n}`;
    seen.add(method.toLowerCase());
    return { ...r, method };
  });
  const params = [...commands.values(), ...opens.map((o) => ({ type: o.openType, field: o.camel })), ...clients.values()].map((p) => `${p.type} ${p.field}`);
  return { policyReactions: unique, policyOpens: opens, policyCommands: [...commands.values()], policyClients: [...clients.values()], policyParams: params.join(', ') };
}
