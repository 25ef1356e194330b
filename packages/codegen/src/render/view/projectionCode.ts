import type { EventPlan, FieldPlan, ReadModelPlan } from '../../plan/types';
import { fill, isMomentField, objectLiteral, tsType } from '../tsCode';
import { OpenValues } from './openValues';
import { payloadSources } from './policyCode';

const stringish = (type: string) => type === 'string' || type === 'uuid' || type === 'text';

/**
 * The read model's row key: its `id` field if the board gives it one, else its first
 * single id field (`customerId` rows). Null: the read model declares no key, so which row
 * an event updates is open (a TODO and a warning), never guessed from another id.
 */
export function rowKeyField(rm: ReadModelPlan): FieldPlan | null {
  if (rm.idField) return rm.idField;
  return rm.fields.find((f) => /Id$/.test(f.prop) && !f.list && stringish(f.type)) ?? null;
}

/** The open values of one read model's projection: members take the event. */
export function projectionOpen(rm: ReadModelPlan): OpenValues {
  const union = rm.events.map((e) => `${e.pascal}Event`).join(' | ') || 'never';
  return new OpenValues(`event: ${union}`, 'event', `read model ${JSON.stringify(rm.name || rm.pascal)}`);
}

/** The payload source of the row key in `event`, if the event carries it (required). */
function carriedKey(rm: ReadModelPlan, event: EventPlan): string | null {
  const key = rowKeyField(rm);
  const carried = key ? payloadSources(event, 'event.payload').find((s) => s.field.prop === key.prop && !s.field.list && stringish(s.field.type)) : undefined;
  return carried && !carried.optional ? carried.expr : null;
}

/** Which row `event` updates: the row key carried by the event, else an open value. */
function keyExpr(rm: ReadModelPlan, event: EventPlan, open: OpenValues): string {
  const carried = carriedKey(rm, event);
  if (carried !== null) return carried;
  const key = rowKeyField(rm);
  const lacking = rm.events.filter((e) => carriedKey(rm, e) === null).map((e) => e.pascal).join(', ');
  const why = key
    ? `${lacking} do${lacking.includes(',') ? '' : 'es'} not carry the row key ${key.prop}, so which row ${lacking.includes(',') ? 'they update' : 'it updates'} is open`
    : `the read model declares no key field (an id field), so which row ${lacking} update${lacking.includes(',') ? '' : 's'} is open`;
  return open.use('key', 'string', `${rm.pascal} row key`, why);
}

/** One event's `{ key, apply }` step: a new row takes the key and the event's fields; other required fields are open. */
function projectionStep(rm: ReadModelPlan, event: EventPlan, open: OpenValues): string {
  const key = keyExpr(rm, event, open);
  const keyField = rowKeyField(rm);
  const payload = payloadSources(event, 'event.payload');
  const updates: [string, string][] = [];
  const fresh: [string, string][] = [['id', key]];
  for (const f of rm.fields) {
    if (keyField && f.prop === keyField.prop && f !== rm.idField) {
      fresh.push([f.prop, key]);
      continue;
    }
    const carried = fill(f, payload);
    if (carried !== null) updates.push([f.prop, carried]);
    // A moment field of a new row (`lastOrderAt`) is when the event happened, not the projection's clock.
    const when = isMomentField(f) ? [{ expr: 'event.payload.occurredAt', field: f, optional: false }] : [];
    const first = fill(f, [...payload, ...when], () =>
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
