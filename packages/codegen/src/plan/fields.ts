import type { Field } from '@stormscape/model';
import type { ReservedNameSink } from '../naming/Namer';
import { Namer, safeName } from '../naming/Namer';
import { oneLine } from '../naming/words';
import type { FieldPlan } from './types';

export interface PlannedFields {
  /** The board field standing for `keyProp`, if one was merged into it. */
  readonly key: FieldPlan | null;
  readonly fields: FieldPlan[];
}

/** Whether a field can carry an identifier (a string-ish single value). */
function canBeKey(field: Field): boolean {
  return !field.list && (field.type === 'string' || field.type === 'uuid' || field.type === 'text');
}

/**
 * Property names for a record's fields: camelCase, unique within the record, never one of
 * `reserved`. A string-ish field whose name gives `keyProp` is merged into the key (an
 * "orderId" field on an Order command is the order's id, not a second property).
 */
export function planFields(fields: readonly Field[] | undefined, keyProp: string | null, reserved: readonly string[] = [], onReserved?: ReservedNameSink): PlannedFields {
  const namer = new Namer(reserved);
  if (keyProp !== null) namer.reserve(keyProp);
  let key: FieldPlan | null = null;
  const out: FieldPlan[] = [];
  for (const field of fields ?? []) {
    const base = safeName(field.name, 'prop', 'field', onReserved);
    const plan = {
      name: oneLine(field.name),
      type: field.type,
      list: field.list,
      required: field.required,
      description: oneLine(field.description),
    };
    if (keyProp !== null && key === null && base.toLowerCase() === keyProp.toLowerCase() && canBeKey(field)) {
      key = { ...plan, prop: keyProp, required: true };
      continue;
    }
    out.push({ ...plan, prop: namer.unique(base) });
  }
  return { key, fields: out };
}
