import type { EventPlan, FieldPlan, KeyPartSource, ReadModelPlan, RowFindPlan } from '../../plan/types';
import { fill, isMomentField, lifecycleStateSource, objectLiteral, tsType } from '../tsCode';
import { OpenValues } from './openValues';
import { payloadSources } from './policyCode';

const stringish = (type: string) => type === 'string' || type === 'uuid' || type === 'text';

/**
 * The read model's single key field, as the board records it (`rowKey`); null when the
 * board records none or a composite key (projection tests then name no one row).
 */
export function rowKeyField(rm: ReadModelPlan): FieldPlan | null {
  return rm.rowKey.fields.length === 1 ? (rm.rowKey.fields[0] ?? null) : null;
}

/** The open values of one read model's projection: members take the event. */
export function projectionOpen(rm: ReadModelPlan): OpenValues {
  const union = rm.events.map((e) => `${e.pascal}Event`).join(' | ') || 'never';
  return new OpenValues(`event: ${union}`, 'event', `read model ${JSON.stringify(rm.name || rm.pascal)}`);
}

/** How `event` finds its row: the board's decision, open when it records none. */
export function rowFind(rm: ReadModelPlan, event: EventPlan): RowFindPlan {
  return rm.rowKey.rows.get(event.id) ?? { kind: 'open', why: 'how it finds its row is not recorded' };
}

/** The payload property an event's key part reads (`orderId`), or null when the event lacks it. */
export function keyPartProp(event: EventPlan, source: KeyPartSource): string | null {
  if (source.kind === 'aggregateId') return event.keyProp;
  if (event.keyField && event.keyProp && event.keyField.name === source.field) return event.keyProp;
  return event.fields.find((f) => f.name === source.field)?.prop ?? null;
}

/** One key field's value in an event: the payload expression, and its type. */
interface KeyValue {
  readonly expr: string;
  readonly type: string;
}

/** Where `event.payload` carries one key part (required, single), or null when it does not. */
function keyPartValue(event: EventPlan, source: KeyPartSource): KeyValue | null {
  const prop = keyPartProp(event, source);
  const carried = prop === null ? undefined : payloadSources(event, 'event.payload').find((s) => s.field.prop === prop && !s.field.list && !s.optional);
  return carried ? { expr: carried.expr, type: carried.field.type } : null;
}

/** Values of the key fields in `event` (key field prop → value), or null when one is missing. */
function keyValues(rm: ReadModelPlan, event: EventPlan): Map<string, KeyValue> | null {
  const find = rowFind(rm, event);
  if (find.kind !== 'find' || rm.rowKey.fields.length === 0) return null;
  const values = new Map<string, KeyValue>();
  for (const field of rm.rowKey.fields) {
    const part = find.parts.find((p) => p.keyField.prop === field.prop);
    const value = part ? keyPartValue(event, part.source) : null;
    if (value === null) return null;
    values.set(field.prop, value);
  }
  return values;
}

const asString = (v: KeyValue) => (stringish(v.type) ? v.expr : `String(${v.expr})`);

/** Why `event`'s row is open (its own reason, or that a decided part is not in its payload). */
function openWhy(rm: ReadModelPlan, event: EventPlan): string {
  const find = rowFind(rm, event);
  if (find.kind === 'open') return find.why;
  return rm.rowKey.fields.length === 0 ? 'the read model has no key field recorded' : 'a key field it should carry is not in its payload';
}

/**
 * Which row `event` updates, as the board decides: its values for the key fields (one
 * field: the value; several: a JSON array of them), a fresh row per event (`creates`:
 * keyed by the event id, so a redelivery finds the same row), else an open value.
 */
function keyExpr(rm: ReadModelPlan, event: EventPlan, open: OpenValues): string {
  if (rowFind(rm, event).kind === 'creates') return 'event.eventId';
  const values = keyValues(rm, event);
  if (values) {
    const parts = [...values.values()];
    return parts.length === 1 && parts[0] ? asString(parts[0]) : `JSON.stringify([${parts.map(asString).join(', ')}])`;
  }
  const lacking = rm.events.filter((e) => rowFind(rm, e).kind !== 'creates' && keyValues(rm, e) === null);
  const byReason = new Map<string, string[]>();
  for (const e of lacking) byReason.set(openWhy(rm, e), [...(byReason.get(openWhy(rm, e)) ?? []), e.pascal]);
  const why = [...byReason].map(([reason, names]) => `which row ${names.join(', ')} update${names.length > 1 ? '' : 's'} is open: ${reason}`).join('; ');
  return open.use('key', 'string', `${rm.pascal} row key`, why);
}

/** One event's `{ key, apply }` step: a new row takes the key and the event's fields; other required fields are open. */
function projectionStep(rm: ReadModelPlan, event: EventPlan, open: OpenValues): string {
  const key = keyExpr(rm, event, open);
  const values = keyValues(rm, event);
  const keyProps = new Set(rm.rowKey.fields.map((f) => f.prop));
  const payload = payloadSources(event, 'event.payload');
  const updates: [string, string][] = [];
  const fresh: [string, string][] = [['id', key]];
  for (const f of rm.fields) {
    if (keyProps.has(f.prop)) {
      // A key field of a new row: the event's value for it, or the row key itself when it is the only one.
      const carried = values?.get(f.prop);
      if (carried) {
        fresh.push([f.prop, carried.expr]);
        continue;
      }
      if (rm.rowKey.fields.length === 1 && stringish(f.type)) {
        fresh.push([f.prop, key]);
        continue;
      }
    }
    // A field named for the lifecycle state takes it from the event: its own field, else the state it leads to.
    const moved = lifecycleStateSource(f, event.leadsTo);
    const carried = fill(f, [...payload, ...(moved ? [moved] : [])]);
    if (carried !== null) updates.push([f.prop, carried]);
    // A moment field of a new row (`lastOrderAt`) is when the event happened, not the projection's clock.
    const when = isMomentField(f) ? [{ expr: 'event.payload.occurredAt', field: f, optional: false }] : [];
    const first = fill(f, [...payload, ...(moved ? [moved] : []), ...when], () =>
      f.list ? '[]' : open.use(f.prop, tsType(f), `${rm.pascal}.${f.prop}`, `a new row needs it and ${event.pascal} does not carry it`),
    );
    if (first !== null) fresh.push([f.prop, first]);
  }
  const rest = updates.map(([k, v]) => `, ${k}: ${v}`).join('');
  return [
    `    ${event.camel}: {`,
    `      key: async (event) => ${key},`,
    '      apply: async (current, event) => {',
    `        const row: ${rm.pascal} = current ?? ${objectLiteral(fresh, '        ')};`,
    `        return { ...row${rest} };`,
    '      },',
    '    },',
  ].join('\n');
}

/** The body of a read model's projection factory: one step per event. */
export function projectionFactory(rm: ReadModelPlan, open: OpenValues): string {
  return rm.events.map((e) => projectionStep(rm, e, open)).join('\n');
}
