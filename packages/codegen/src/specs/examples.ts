import type { FieldType } from '@stormscape/model';
import type { FieldPlan } from '../plan/types';
import type { Json, JsonObject } from './jsonSchema';

/** FNV-1a, for stable, different-looking example ids per property name. */
function hash(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const hex = (n: number, width: number) => n.toString(16).padStart(8, '0').slice(0, width);

/** A valid, deterministic version-4 UUID derived from `label`. */
export function exampleUuid(label: string): string {
  const a = hash(label, 1);
  const b = hash(label, 2);
  const c = hash(label, 3);
  const d = hash(label, 4);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-8${hex(c, 3)}-${hex(c >>> 12, 4)}${hex(d, 8)}`;
}

function kebab(prop: string): string {
  return prop.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** An example value of one type (valid against the field's schema). */
export function exampleScalar(type: FieldType, prop: string): Json {
  switch (type) {
    case 'string':
      return `${kebab(prop)}-1`;
    case 'text':
      return `Some ${kebab(prop).replace(/-/g, ' ')}`;
    case 'integer':
      return 2;
    case 'number':
      return 9.5;
    case 'boolean':
      return true;
    case 'date':
      return '2025-03-14';
    case 'date-time':
      return '2025-03-14T09:30:00.000Z';
    case 'uuid':
      return exampleUuid(prop);
    case 'email':
      return 'someone@example.com';
    case 'url':
      return 'https://example.com/';
    case 'money':
      return { amount: 1250, currency: 'EUR' };
  }
}

export function exampleValue(field: Pick<FieldPlan, 'type' | 'list' | 'prop'>): Json {
  const value = exampleScalar(field.type, field.prop);
  return field.list ? [value] : value;
}

/** An example object with every field filled in (optional ones too, to exercise them). */
export function exampleObject(fields: readonly Pick<FieldPlan, 'type' | 'list' | 'prop'>[]): JsonObject {
  return Object.fromEntries(fields.map((f) => [f.prop, exampleValue(f)]));
}

/** Example identifier for a key property: typed like its board field, else a readable string. */
export function exampleKey(prop: string, keyField: Pick<FieldPlan, 'type'> | null): string {
  if (keyField?.type === 'uuid') return exampleUuid(prop);
  return `${kebab(prop)}-1`;
}
