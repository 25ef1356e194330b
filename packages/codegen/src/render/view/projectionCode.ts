import type { EventPlan, ReadModelPlan } from '../../plan/types';
import { fill, sourcesOf } from '../tsCode';
import { payloadSources } from './policyCode';

const stringish = (type: string) => type === 'string' || type === 'uuid' || type === 'text';

/**
 * Which row an event updates, as an expression over `event.payload` and as a property
 * name (null: the event id). Prefers an id the read model itself has ("customerId" rows),
 * then the aggregate the event happened to, then any id the event carries.
 */
export function rowKey(rm: ReadModelPlan, event: EventPlan): { expr: string; prop: string | null } {
  const eventIds = [
    ...(event.keyProp ? [{ prop: event.keyProp, required: true }] : []),
    ...event.fields.filter((f) => !f.list && stringish(f.type) && /Id$/.test(f.prop)).map((f) => ({ prop: f.prop, required: f.required })),
  ];
  const own = rm.fields.find((f) => /Id$/.test(f.prop) && !f.list && stringish(f.type) && eventIds.some((e) => e.prop === f.prop && e.required));
  const chosen = own ? { prop: own.prop } : eventIds.find((e) => e.required);
  if (!chosen) return { expr: 'event.payload.eventId', prop: null };
  return { expr: `event.payload.${chosen.prop}`, prop: chosen.prop };
}

/** The default `{ key, apply }` step of one read model for one event. */
export function projectionStep(rm: ReadModelPlan, event: EventPlan): string {
  const key = rowKey(rm, event).expr;
  const sources = [...payloadSources(event, 'event.payload'), ...sourcesOf('row', rm.fields)];
  const entries: string[] = [];
  for (const f of rm.fields) {
    if (!payloadSources(event, 'event.payload').some((s) => s.field.prop === f.prop)) continue;
    const value = fill(f, sources);
    if (value !== null && value !== `row.${f.prop}`) entries.push(`${f.prop}: ${value}`);
  }
  const lines = [
    `    ${event.camel}: {`,
    `      key: (event) => ${key},`,
    '      apply: (current, event) => {',
    `        const row = current ?? initialRows.${rm.camel}(${key});`,
    entries.length === 0 ? '        return row;' : `        return { ...row, ${entries.join(', ')} };`,
    '      },',
    '    },',
  ];
  return lines.join('\n');
}
