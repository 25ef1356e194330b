import type { ContextPlan, EventPlan, ReadModelPlan } from '../../plan/types';
import { javaIdent, javaString } from '../../naming/javaNames';
import { keyPartProp, rowFind } from '../view/projectionCode';
import { isLifecycleStateField } from '@stormscape/model';
import { isMomentField } from '../tsCode';
import type { JavaSource } from './javaCode';
import { fill, javaComment, payload, valueType } from './javaCode';
import { JavaOpen } from './javaOpen';
import { policiesView } from './springPolicies';

/**
 * The messaging side of a Spring service: the Kafka topics it touches, the events it
 * consumes (projections and policies per channel) and the projections' Java bodies, with
 * the TypeScript target's row-key rule (`view/projectionCode.ts`).
 */

const stringish = (type: string) => type === 'string' || type === 'uuid' || type === 'text';

const projectionMethod = (rm: ReadModelPlan, event: EventPlan): string => javaIdent(`${rm.camel.replace(/_$/, '')}On${event.pascal}`);

/** A read model's open values (`…ProjectionOpen`): methods take the event map, a hand-written `handlers/<ReadModel>Projection` supplies them. */
export function javaProjectionOpen(rm: ReadModelPlan): JavaOpen {
  return new JavaOpen('Map<String, Object> event', 'event', `read model ${JSON.stringify(rm.name || rm.pascal)}`);
}

/** Values of the row key fields in `event` (key field prop → Java source), or null when one is missing (the TS target's `keyValues`). */
function keyValues(rm: ReadModelPlan, event: EventPlan): Map<string, JavaSource> | null {
  const find = rowFind(rm, event);
  if (find.kind !== 'find' || rm.rowKey.fields.length === 0) return null;
  const values = new Map<string, JavaSource>();
  for (const field of rm.rowKey.fields) {
    const part = find.parts.find((p) => p.keyField.prop === field.prop);
    const prop = part ? keyPartProp(event, part.source) : null;
    const carried = prop === null ? undefined : payload(event).find((s) => s.field.prop === prop && !s.field.list && !s.optional);
    if (!carried) return null;
    values.set(field.prop, carried);
  }
  return values;
}

function openWhy(rm: ReadModelPlan, event: EventPlan): string {
  const find = rowFind(rm, event);
  if (find.kind === 'open') return find.why;
  return rm.rowKey.fields.length === 0 ? 'the read model has no key field recorded' : 'a key field it should carry is not in its payload';
}

/** Which row `event` updates, as the board decides (the TS target's `keyExpr`): its key values, the event id (`creates`), else open. */
function keyExpr(rm: ReadModelPlan, event: EventPlan, open: JavaOpen): { expr: string; open: boolean } {
  if (rowFind(rm, event).kind === 'creates') return { expr: 'Values.text(event.get("eventId"), null)', open: false };
  const values = keyValues(rm, event);
  if (values) {
    const parts = [...values.values()];
    return { expr: parts.length === 1 && parts[0] ? `Values.text(${parts[0].expr}, null)` : `Values.key(${parts.map((p) => p.expr).join(', ')})`, open: false };
  }
  const lacking = rm.events.filter((e) => rowFind(rm, e).kind !== 'creates' && keyValues(rm, e) === null);
  const byReason = new Map<string, string[]>();
  for (const e of lacking) byReason.set(openWhy(rm, e), [...(byReason.get(openWhy(rm, e)) ?? []), e.pascal]);
  const why = [...byReason].map(([reason, names]) => `which row ${names.join(', ')} update${names.length > 1 ? '' : 's'} is open: ${reason}`).join('; ');
  return { expr: open.use('key', 'String', `${rm.pascal} row key`, why), open: true };
}

/**
 * One event's projection (the TS target's `projectionStep`): a new row takes the key, the
 * event's fields and, for moment fields, when it happened; other required fields of a new
 * row are open values; fields the event carries overwrite an existing row's.
 */
function projectionBody(rm: ReadModelPlan, event: EventPlan, open: JavaOpen): { body: string; stuck: boolean } {
  const key = keyExpr(rm, event, open);
  let stuck = key.open;
  const values = keyValues(rm, event);
  const keyProps = new Set(rm.rowKey.fields.map((f) => f.prop));
  const sources = payload(event);
  const repo = javaIdent(rm.camel);
  const fresh: string[] = [];
  const updates: string[] = [];
  for (const f of rm.fields) {
    if (f.prop === 'id') continue; // the row's id is its key
    const put = (value: string) => `row.put(${javaString(f.prop)}, ${value});`;
    if (keyProps.has(f.prop)) {
      const carried = values?.get(f.prop);
      if (carried) {
        fresh.push(put(carried.expr));
        continue;
      }
      if (rm.rowKey.fields.length === 1 && stringish(f.type)) {
        fresh.push(put('key'));
        continue;
      }
    }
    // A field named for the lifecycle state takes it from the event: its own field, else the state it leads to (as in TypeScript).
    const moved: JavaSource[] = event.leadsTo !== null && isLifecycleStateField(f) ? [{ expr: javaString(event.leadsTo), field: f, optional: false }] : [];
    const carried = fill(f, [...sources, ...moved]);
    if (carried !== null) {
      updates.push(put(carried));
      continue;
    }
    // A moment field of a new row (`lastOrderAt`) is when the event happened, not the projection's clock.
    const when: JavaSource[] = isMomentField(f) ? [{ expr: 'event.get("occurredAt")', field: f, optional: false }] : [];
    let fallback = '';
    const first = fill(f, [...sources, ...moved, ...when], () => {
      fallback = f.list ? 'new java.util.ArrayList<>()' : open.use(f.prop, valueType(f), `${rm.pascal}.${f.prop}`, `a new row needs it and ${event.pascal} does not carry it`);
      return fallback;
    });
    if (first !== null) fresh.push(put(first));
    if (first !== null && first === fallback && !f.list) stuck = true;
  }
  const lines = [`    String key = ${key.expr};`];
  if (!key.open) lines.push(`    if (key == null) throw new NotMappedException(${javaString(`read model ${rm.name || rm.pascal}: ${event.pascal} without its row key`)});`);
  lines.push(`    ${rm.pascal}Row row = ${repo}.findById(key).orElse(null);`);
  lines.push('    if (row == null) {', `      row = new ${rm.pascal}Row(key);`, ...fresh.map((l) => `      ${l}`), '    }');
  // An event older than what the row reflects of its aggregate only fills unset fields (ReadModelRow.applying).
  lines.push('    row.applying(origin);');
  lines.push(...updates.map((l) => `    ${l}`), `    ${repo}.save(row);`);
  return { body: lines.join('\n'), stuck };
}

/** What the messaging templates use. */
export function messagingView(ctx: ContextPlan) {
  const byChannel = new Map<string, { event: EventPlan; projections: { method: string }[]; policies: { method: string }[] }>();
  const entry = (event: EventPlan) => {
    let found = byChannel.get(event.channel);
    if (!found) {
      found = { event, projections: [], policies: [] };
      byChannel.set(event.channel, found);
    }
    return found;
  };
  const projections: { method: string; doc: string; body: string; stuck: boolean; openField: string | null }[] = [];
  const projectionOpens: { pascal: string; camel: string; openType: string; handlerClass: string; body: string; todo: string }[] = [];
  for (const rm of ctx.readModels) {
    // Rendered twice, so every method knows the final set of open values.
    const open = javaProjectionOpen(rm);
    for (const event of rm.events) projectionBody(rm, event, open);
    const openField = open.empty ? null : `${javaIdent(rm.camel)}Open`;
    for (const event of rm.events) {
      const method = projectionMethod(rm, event);
      entry(event).projections.push({ method });
      const code = projectionBody(rm, event, open);
      projections.push({ method, doc: javaComment(`${rm.name || rm.pascal} ← ${event.name || event.pascal} (${event.channel})`), body: code.body, stuck: code.stuck, openField });
    }
    if (openField) {
      projectionOpens.push({ pascal: rm.pascal, camel: openField, openType: `${rm.pascal}ProjectionOpen`, handlerClass: `${rm.pascal}Projection`, body: open.interfaceBody('    '), todo: open.todoBody('  ') });
    }
  }
  const policies = policiesView(ctx);
  for (const reaction of policies.policyReactions) entry(reaction.event).policies.push({ method: reaction.method });
  const consumed = [...byChannel.values()].map((c) => ({ channelLiteral: javaString(c.event.channel), channel: c.event.channel, pascal: c.event.pascal, event: c.event, projections: c.projections, policies: c.policies }));
  const published = [...new Set(ctx.published.map((e) => e.channel))];
  const topics = [...new Set([...published, ...consumed.flatMap((c) => [c.channel, `${c.channel}.dlq`])])];
  return { consumed, projections, projectionOpens, ...policies, topics: topics.map(javaString), publishedChannels: published };
}
