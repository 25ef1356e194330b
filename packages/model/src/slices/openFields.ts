import type { Field } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from '../queries/boardIndex';
import { creatingCommand, fieldNameKey, lifecycleOf, lifecycleStateFor } from '../queries/decisions';
import { aggregateIdName } from '../queries/readModelKey';

// What a command's default behaviour cannot fill from the board (the rules codegen's
// default handlers follow): a required field of the event it publishes, or of the
// aggregate it creates, is filled from the request, the aggregate, the aggregate's id,
// the clock (a single date-time named "…At"), the refusal's reason, or the lifecycle (a
// field named for the state takes the state the event leads to); anything else is
// open, and a run of the slice would stop there (501 "not mapped").

/** One required field nothing on the board fills. */
export interface OpenField {
  /** The event or aggregate that needs it. */
  readonly owner: Sticky;
  readonly field: Field;
}

const norm = (t: Field['type']) => (t === 'text' ? 'string' : t);
const sameShape = (a: Field, b: Field) => a.list === b.list && norm(a.type) === norm(b.type);
/** A single date-time named "…At": filled from the clock (or, in a projection, when the event happened). */
export const isMomentField = (f: Field): boolean => f.type === 'date-time' && !f.list && /[a-z]At$/.test(f.name);

function carries(sources: readonly Field[], target: Field): boolean {
  const key = fieldNameKey(target.name);
  return sources.some((s) => s.required && fieldNameKey(s.name) === key && sameShape(s, target));
}

/** Whether `sticky` carries a required field that can fill `target` (same name key, same shape). */
export function requiredFieldLike(sticky: Sticky, target: Field): boolean {
  return carries(sticky.fields ?? [], target);
}

/**
 * Required fields left open when `command` runs on `aggregate` and publishes `event`
 * (`outcome`): for a creating command also the new aggregate's fields and lifecycle state.
 */
export function openFieldsOfCall(index: BoardIndex, command: Sticky, aggregate: Sticky, event: Sticky, outcome: 'success' | 'rejection'): OpenField[] {
  const out: OpenField[] = [];
  const request = command.fields ?? [];
  const creates = creatingCommand(index, aggregate.id)?.id === command.id;
  const idKey = fieldNameKey(aggregateIdName(aggregate));
  const aggregateFields = aggregate.fields ?? [];
  if (creates && outcome === 'success') {
    for (const f of aggregateFields) {
      if (!f.required || f.list || fieldNameKey(f.name) === idKey || isMomentField(f) || carries(request, f)) continue;
      if (lifecycleStateFor(index, event.id, f) !== undefined) continue;
      out.push({ owner: aggregate, field: f });
    }
    const lifecycle = lifecycleOf(index, aggregate.id);
    if (lifecycle && lifecycle.states.length > 0 && !lifecycle.resultingState.has(event.id)) {
      out.push({ owner: aggregate, field: { name: 'state', type: 'string', list: false, required: true, description: `the state ${event.text} leads to` } });
    }
  }
  // A refusal of a creating command has no aggregate to read from.
  const fromAggregate = creates && outcome === 'rejection' ? [] : aggregateFields;
  const reason: Field[] = outcome === 'rejection' ? [{ name: 'reason', type: 'string', list: false, required: true, description: '' }] : [];
  for (const f of event.fields ?? []) {
    if (!f.required || fieldNameKey(f.name) === idKey || isMomentField(f)) continue;
    if (outcome === 'success' && lifecycleStateFor(index, event.id, f) !== undefined) continue;
    if (carries([...request, ...fromAggregate, ...reason], f)) continue;
    out.push({ owner: event, field: f });
  }
  return out;
}
