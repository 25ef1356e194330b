import type { Field } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import { codeNameOf } from '../naming/codeName';
import type { BoardIndex } from './boardIndex';
import { fieldNameKey } from './decisions';

// The board holds no explicit read-model key decision yet (reference §7 asks for one), so
// the key is the convention codegen keys rows by: an `id` field, else the first single
// `…Id` field. Asked here once, by thin-slice drivability and codegen's projections alike.

const KEY_TYPES: ReadonlySet<Field['type']> = new Set(['string', 'uuid', 'text']);
const isIdLike = (f: Field) => !f.list && KEY_TYPES.has(f.type);

/** The field that keys a read model's rows: its `id` field, else its first single `…Id` field (string-like); undefined when none. */
export function readModelKey(index: BoardIndex, readModelId: string): Field | undefined {
  const readModel = index.stickyById.get(readModelId);
  if (readModel?.kind !== 'readModel') return undefined;
  const fields = readModel.fields ?? [];
  return fields.find((f) => fieldNameKey(f.name) === 'id') ?? fields.find((f) => isIdLike(f) && /[a-z0-9]Id$/.test(codeNameOf({ kind: 'field', text: f.name })));
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
