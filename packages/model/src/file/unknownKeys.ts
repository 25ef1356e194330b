import { z } from 'zod';
import type { ErrorList, PathSegment } from './BoardFileError';

/** The schema reduced to what has keys: objects, arrays and records (leaves are null). */
type Shape =
  | { type: 'object'; children: Map<string, Shape | null>; allowed: string }
  | { type: 'array'; element: Shape }
  | { type: 'record'; value: Shape | null }
  | null;

const compiled = new WeakMap<z.ZodType, Shape>();

function compile(schema: z.ZodType): Shape {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return compile(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) {
    const element = compile(schema.element as z.ZodType);
    return element && { type: 'array', element };
  }
  if (schema instanceof z.ZodRecord) return { type: 'record', value: compile(schema.valueType as z.ZodType) };
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const children = new Map(Object.keys(shape).map((key) => [key, compile(shape[key] as z.ZodType)] as const));
    return { type: 'object', children, allowed: `only ${[...children.keys()].join(', ')}` };
  }
  return null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function walk(errors: ErrorList, shape: Shape, value: unknown, path: PathSegment[]): void {
  if (shape === null || value === null || typeof value !== 'object') return;
  if (shape.type === 'array') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(errors, shape.element, value[i], path);
      path.pop();
    }
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (shape.type === 'record') {
      path.push(key);
      if (key === '__proto__') errors.add(path, 'the key "__proto__" is not allowed');
      else walk(errors, shape.value, value[key], path);
      path.pop();
      continue;
    }
    const child = shape.children.get(key);
    if (child === null) continue;
    path.push(key);
    if (child === undefined) errors.add(path, 'unknown property', shape.allowed);
    else walk(errors, child, value[key], path);
    path.pop();
  }
}

/**
 * Reports properties the schema does not know (zod's objects silently strip them, which
 * would hide typos like "stickys") and `__proto__` keys in records (which a parser could
 * turn into a prototype). Walks the value along the schema, so its depth is bounded by
 * the schema's, however deeply the hostile value nests; wrong types are left to zod.
 */
export function addUnknownKeys(errors: ErrorList, schema: z.ZodType, value: unknown, path: PathSegment[]): void {
  let shape = compiled.get(schema);
  if (shape === undefined) {
    shape = compile(schema);
    compiled.set(schema, shape);
  }
  walk(errors, shape, value, path);
}
