import { z } from 'zod';
import { compareIds } from '../schema/ids';

/**
 * A zod schema reduced to what has keys: objects, arrays and records; leaves are null.
 * Compiled once per schema so the walks over a 5,000-sticky board (unknown keys on
 * parse, key order on save) do no schema introspection or key sorting per object.
 */
export type Shape =
  | {
      type: 'object';
      /** Keys in sorted (file) order, with `shapes[i]` the shape of `keys[i]`. */
      keys: readonly string[];
      shapes: readonly Shape[];
      byKey: ReadonlyMap<string, Shape>;
      /** "only id, kind, …" for unknown-property errors, in schema order. */
      allowed: string;
    }
  | { type: 'array'; element: Shape }
  | { type: 'record'; value: Shape }
  | null;

const cache = new WeakMap<z.ZodType, Shape>();

function compile(schema: z.ZodType): Shape {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return compile(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return { type: 'array', element: compile(schema.element as z.ZodType) };
  if (schema instanceof z.ZodRecord) return { type: 'record', value: compile(schema.valueType as z.ZodType) };
  if (schema instanceof z.ZodUnion) {
    // A union of objects (a discriminated union): the keys of all its options, so key
    // order and unknown-key checks work inside it too.
    const merged: Record<string, z.ZodType> = {};
    for (const option of schema.options as readonly z.ZodType[]) {
      if (!(option instanceof z.ZodObject)) return null;
      for (const [key, value] of Object.entries(option.shape as Record<string, z.ZodType>)) merged[key] ??= value;
    }
    return compile(z.object(merged));
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const schemaOrder = Object.keys(shape);
    const byKey = new Map(schemaOrder.map((key) => [key, compile(shape[key] as z.ZodType)] as const));
    const keys = [...schemaOrder].sort(compareIds);
    return { type: 'object', keys, shapes: keys.map((key) => byKey.get(key) ?? null), byKey, allowed: `only ${schemaOrder.join(', ')}` };
  }
  return null;
}

export function shapeOf(schema: z.ZodType): Shape {
  let shape = cache.get(schema);
  if (shape === undefined) {
    shape = compile(schema);
    cache.set(schema, shape);
  }
  return shape;
}
