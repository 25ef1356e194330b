import type { CommandPlan, EventPlan, FieldPlan, OutboundPlan, PolicyPlan } from '../../plan/types';
import type { Source } from '../tsCode';
import { commentText, fill, objectLiteral, sameShape, sourcesOf, str } from '../tsCode';

/** The event's payload as sources: its key, its fields and its metadata. */
export function payloadSources(event: EventPlan, expr: string): Source[] {
  const sources: Source[] = [];
  if (event.keyProp) sources.push({ expr: `${expr}.${event.keyProp}`, field: { prop: event.keyProp, type: event.keyField?.type ?? 'string', list: false }, optional: false });
  sources.push(...sourcesOf(expr, event.fields));
  sources.push({ expr: `${expr}.occurredAt`, field: { prop: 'occurredAt', type: 'date-time', list: false }, optional: false });
  return sources;
}

/** A request body for `fields` filled from `sources` (defaults for required fields nobody has). */
function requestLiteral(fields: readonly FieldPlan[], sources: readonly Source[], indent: string): string {
  const entries: [string, string][] = [];
  for (const f of fields) {
    const value = fill(f, sources);
    if (value !== null) entries.push([f.prop, value]);
  }
  return objectLiteral(entries, indent);
}

/** Where the id of `command`'s aggregate can be read in the event, if anywhere. */
function idSource(command: CommandPlan, sources: readonly Source[]): string | null {
  const idField = { prop: command.aggregate.idParam, type: command.aggregate.idField?.type ?? 'string', list: false } as const;
  const source = sources.find((s) => s.field.prop === idField.prop && (sameShape(s.field, idField) || s.field.type === 'uuid' || s.field.type === 'string'));
  if (!source) return null;
  return source.optional ? null : source.expr;
}

function localCall(command: CommandPlan, sources: readonly Source[], policy: PolicyPlan, event: EventPlan): string[] {
  const indent = '      ';
  const { kind } = command.http;
  if (kind === 'list') return [`${indent}await ctx.commands.${command.camel}({});`];
  if (kind === 'create' || kind === 'collectionAction') {
    const body = requestLiteral(command.fields, sources, indent);
    return [`${indent}await ctx.commands.${command.camel}({ body: ${body} });`];
  }
  const id = idSource(command, sources);
  if (id === null) {
    const message = `${policy.name || policy.pascal}: ${event.pascal} carries no ${command.aggregate.idParam}, so ${command.camel} is not called; map the id here.`;
    return [`${indent}ctx.log(${str(message)});`];
  }
  if (kind === 'get' || kind === 'delete') return [`${indent}await ctx.commands.${command.camel}({ ${command.aggregate.idParam}: ${id} });`];
  const body = requestLiteral(command.fields, sources, indent);
  return [`${indent}await ctx.commands.${command.camel}({ ${command.aggregate.idParam}: ${id}, body: ${body} });`];
}

function outboundCall(outbound: OutboundPlan, sources: readonly Source[]): string[] {
  return [`      await ctx.outbound.${outbound.camel}(${requestLiteral(outbound.fields, sources, '      ')});`];
}

/** Union of the policy's trigger event types (`never` without triggers). */
export function eventUnion(policy: PolicyPlan): string {
  return policy.triggers.map((e) => `${e.pascal}Event`).join(' | ') || 'never';
}

/**
 * Body of a policy's default: for each trigger event, issue the policy's commands with
 * values taken from the event by field name.
 */
export function policyBody(policy: PolicyPlan): string {
  if (policy.triggers.length === 0) {
    return `  void event;\n  ctx.log(${str(`${policy.name || policy.pascal}: no event activates this policy on the board.`)});`;
  }
  const lines = ['  switch (event.name) {'];
  for (const event of policy.triggers) {
    lines.push(`    case ${str(event.pascal)}: {`);
    const sources = payloadSources(event, 'event.payload');
    if (policy.issues.length === 0) lines.push(`      ctx.log(${str(`${policy.name || policy.pascal}: reacted to ${event.pascal}; it issues no command on the board.`)});`);
    for (const issued of policy.issues) {
      if (issued.kind === 'local') lines.push(...localCall(issued.command, sources, policy, event));
      else if (issued.kind === 'outbound') lines.push(...outboundCall(issued.outbound, sources));
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

/** Whether the default reaction to `event` calls `command` (an id could be found). */
export function policyCallsLocal(command: CommandPlan, event: EventPlan): boolean {
  const { kind } = command.http;
  if (kind === 'list' || kind === 'create' || kind === 'collectionAction') return true;
  return idSource(command, payloadSources(event, 'event.payload')) !== null;
}
