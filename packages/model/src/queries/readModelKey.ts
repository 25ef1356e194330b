import type { KeySource } from '../schema/Decisions';
import type { Field } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import { codeNameOf } from '../naming/codeName';
import type { BoardIndex } from './boardIndex';
import { originalOfEvent, originOfEvent } from './channels';
import { fieldNameKey } from './decisions';
import { eventsOfReadModel } from './flow';

// The read-model key decision (reference §7), read the one way lint, the web editor and
// codegen share. Nothing here guesses: an undecided row is `open` with the reason.

/** One key field of a row and where the updating event carries its value. */
export interface RowKeyPart {
  readonly keyField: Field;
  readonly source: KeySource;
  /** The event field named by an `eventField` source; null for the aggregate id. */
  readonly eventField: Field | null;
}

/** How one updating event finds its row, as decided, or why that is open. */
export type EventRow =
  | { readonly kind: 'find'; readonly event: Sticky; readonly parts: readonly RowKeyPart[] }
  | { readonly kind: 'creates'; readonly event: Sticky }
  | { readonly kind: 'open'; readonly event: Sticky; readonly why: string };

/** A read model's row key as recorded on the board, resolved against its fields and events. */
export interface ReadModelKeyView {
  readonly readModel: Sticky;
  /** Key fields the read model has, in the recorded order. */
  readonly keyFields: readonly Field[];
  /** Key field names recorded but not (or no longer) fields of the read model. */
  readonly missingKeyFields: readonly string[];
  /** One entry per event updating the read model, in board link order. */
  readonly events: readonly EventRow[];
}

/** The fields an updating event carries: those of the produced event it stands for (a copy has the original's). */
export function fieldsOfUpdatingEvent(index: BoardIndex, eventId: string): readonly Field[] {
  return originalOfEvent(index, eventId)?.fields ?? [];
}

/** Whether an event is produced by an aggregate, so its envelope carries that aggregate's id. */
export function carriesAggregateId(index: BoardIndex, eventId: string): boolean {
  const original = originalOfEvent(index, eventId);
  return original !== undefined && originOfEvent(index, original.id).kind === 'aggregate';
}

const quote = (s: string) => `"${s}"`;

function eventRow(index: BoardIndex, readModel: Sticky, keyFields: readonly Field[], event: Sticky): EventRow {
  const recorded = readModel.rowKey?.events.find((e) => e.eventId === event.id)?.row;
  if (recorded?.kind === 'creates') return { kind: 'creates', event };
  if (keyFields.length === 0) return { kind: 'open', event, why: 'the read model has no key field recorded' };
  if (recorded === undefined) return { kind: 'open', event, why: 'how it finds its row is not recorded' };
  const carried = fieldsOfUpdatingEvent(index, event.id);
  const parts: RowKeyPart[] = [];
  for (const keyField of keyFields) {
    const part = recorded.parts.find((p) => p.keyField === keyField.name);
    if (!part) return { kind: 'open', event, why: `nothing gives the key field ${quote(keyField.name)}` };
    if (part.source.kind === 'aggregateId') {
      if (!carriesAggregateId(index, event.id)) return { kind: 'open', event, why: 'it takes the aggregate id, but no aggregate produces it' };
      parts.push({ keyField, source: part.source, eventField: null });
      continue;
    }
    const name = part.source.field;
    const eventField = carried.find((f) => f.name === name);
    if (!eventField) return { kind: 'open', event, why: `it has no field ${quote(name)} (for the key field ${quote(keyField.name)})` };
    if (!eventField.required || eventField.list) return { kind: 'open', event, why: `its field ${quote(name)} is ${eventField.list ? 'a list' : 'optional'}, so it may name no one row` };
    parts.push({ keyField, source: part.source, eventField });
  }
  return { kind: 'find', event, parts };
}

/**
 * The row key of a read model and, per updating event, how its row is found: `find`
 * (the event's values for every key field), `creates` (a new row each time) or `open`
 * (not recorded, or naming a field that is gone: lint R2, a TODO in generated code).
 * Undefined for stickies that are not read models.
 */
export function readModelKeyOf(index: BoardIndex, readModelId: string): ReadModelKeyView | undefined {
  const readModel = index.stickyById.get(readModelId);
  if (readModel?.kind !== 'readModel') return undefined;
  const names = readModel.rowKey?.fields ?? [];
  const keyFields: Field[] = [];
  const missingKeyFields: string[] = [];
  for (const name of names) {
    const field = readModel.fields?.find((f) => f.name === name);
    if (field) keyFields.push(field);
    else missingKeyFields.push(name);
  }
  const events = eventsOfReadModel(index, readModelId).map((event) => eventRow(index, readModel, keyFields, event));
  return { readModel, keyFields, missingKeyFields, events };
}

/**
 * The one field that keys a read model's rows, as the board records it (`rowKey`);
 * undefined when none is recorded, or the key is composite or names a missing field.
 */
export function readModelKey(index: BoardIndex, readModelId: string): Field | undefined {
  const view = readModelKeyOf(index, readModelId);
  return view && view.keyFields.length === 1 && view.missingKeyFields.length === 0 ? view.keyFields[0] : undefined;
}

/** The name of an aggregate's id as events and commands carry it (`orderId` for "Order"). */
export function aggregateIdName(aggregate: Sticky): string {
  return `${codeNameOf(aggregate)}Id`;
}

/** The required single field of `sticky` that matches `name` (see `fieldNameKey`), if any. */
export function requiredFieldNamed(sticky: Sticky, name: string): Field | undefined {
  const key = fieldNameKey(name);
  return sticky.fields?.find((f) => f.required && !f.list && fieldNameKey(f.name) === key);
}
