import type { ContextPlan, EventPlan, ReadModelPlan } from '../../plan/types';
import { javaIdent, javaString } from '../../naming/javaNames';
import { rowKeyField } from '../view/projectionCode';
import type { JavaSource } from './javaCode';
import { fill, javaComment } from './javaCode';

/**
 * The messaging side of a Spring service: the Kafka topics it touches, the events it
 * consumes (projections and policies per channel) and the projections' Java bodies, with
 * the TypeScript target's row-key rule (`view/projectionCode.ts`).
 */

const stringish = (type: string) => type === 'string' || type === 'uuid' || type === 'text';

/** The event's payload as sources read from the map `event`. */
function payload(event: EventPlan): JavaSource[] {
  const out: JavaSource[] = [];
  if (event.keyProp) out.push({ expr: `event.get(${javaString(event.keyProp)})`, field: { prop: event.keyProp, type: event.keyField?.type ?? 'string', list: false }, optional: false });
  for (const f of event.fields) out.push({ expr: `event.get(${javaString(f.prop)})`, field: f, optional: !f.required });
  return out;
}

const projectionMethod = (rm: ReadModelPlan, event: EventPlan): string => javaIdent(`${rm.camel.replace(/_$/, '')}On${event.pascal}`);

function projectionBody(rm: ReadModelPlan, event: EventPlan): string {
  const key = rowKeyField(rm);
  const carried = key ? payload(event).find((s) => s.field.prop === key.prop && !s.field.list && stringish(s.field.type) && !s.optional) : undefined;
  const repo = javaIdent(rm.camel);
  const lines: string[] = [];
  if (carried) {
    lines.push(`    String key = Values.text(${carried.expr}, null);`);
    lines.push(`    if (key == null) throw new NotMappedException(${javaString(`read model ${rm.name || rm.pascal}: ${event.pascal} without its ${key?.prop ?? 'key'}`)});`);
  } else {
    const why = key ? `${event.pascal} does not carry the row key ${key.prop}` : 'the read model declares no key field (an id field)';
    lines.push(`    // TODO(stormscape): which ${rm.pascal} row ${javaComment(event.pascal)} updates is open (${javaComment(why)}).`);
    lines.push(`    throw new NotMappedException(${javaString(`read model ${rm.name || rm.pascal}: row key of ${event.pascal} (${why})`)});`);
    return lines.join('\n');
  }
  lines.push(`    ${rm.pascal}Row row = ${repo}.findById(key).orElseGet(() -> new ${rm.pascal}Row(key));`);
  for (const f of rm.fields) {
    if (key && f.prop === key.prop && f !== rm.idField) {
      lines.push(`    row.put(${javaString(f.prop)}, key);`);
      continue;
    }
    const value = fill(f, payload(event));
    if (value !== null) lines.push(`    row.put(${javaString(f.prop)}, ${value});`);
  }
  lines.push(`    ${repo}.save(row);`);
  return lines.join('\n');
}

/** What the messaging templates use. */
export function messagingView(ctx: ContextPlan) {
  const byChannel = new Map<string, { event: EventPlan; projections: { method: string }[]; policies: string[] }>();
  const entry = (event: EventPlan) => {
    let found = byChannel.get(event.channel);
    if (!found) {
      found = { event, projections: [], policies: [] };
      byChannel.set(event.channel, found);
    }
    return found;
  };
  const projections: { method: string; doc: string; body: string }[] = [];
  for (const rm of ctx.readModels) {
    for (const event of rm.events) {
      const method = projectionMethod(rm, event);
      entry(event).projections.push({ method });
      projections.push({ method, doc: javaComment(`${rm.name || rm.pascal} ← ${event.name || event.pascal} (${event.channel})`), body: projectionBody(rm, event) });
    }
  }
  for (const policy of ctx.policies) for (const event of policy.triggers) entry(event).policies.push(policy.name || policy.pascal);
  const consumed = [...byChannel.values()].map((c) => ({ channelLiteral: javaString(c.event.channel), channel: c.event.channel, pascal: c.event.pascal, event: c.event, projections: c.projections, policies: c.policies }));
  const published = [...new Set(ctx.published.map((e) => e.channel))];
  const topics = [...new Set([...published, ...consumed.flatMap((c) => [c.channel, `${c.channel}.dlq`])])];
  return { consumed, projections, topics: topics.map(javaString), publishedChannels: published };
}
