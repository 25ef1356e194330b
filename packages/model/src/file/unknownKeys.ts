import type { z } from 'zod';
import type { ErrorList, PathSegment } from './BoardFileError';
import type { Shape } from './schemaShape';
import { shapeOf } from './schemaShape';

function walk(errors: ErrorList, shape: Shape, value: unknown, path: PathSegment[]): void {
  if (shape === null || value === null || typeof value !== 'object') return;
  if (shape.type === 'array') {
    if (!Array.isArray(value) || shape.element === null) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(errors, shape.element, value[i], path);
      path.pop();
    }
    return;
  }
  if (Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (shape.type === 'record') {
      path.push(key);
      if (key === '__proto__') errors.add(path, 'the key "__proto__" is not allowed');
      else walk(errors, shape.value, record[key], path);
      path.pop();
      continue;
    }
    const child = shape.byKey.get(key);
    if (child === null) continue;
    path.push(key);
    if (child === undefined) errors.add(path, 'unknown property', shape.allowed);
    else walk(errors, child, record[key], path);
    path.pop();
  }
}

/**
 * Reports properties the schema does not know (zod's objects silently strip them, which
 * would hide typos like "stickys") and `__proto__` keys in records (which a parser could
 * turn into a prototype). Walks the value along the schema, so its depth is bounded by
 * the schema's, however deeply the hostile value nests; wrong types are left to zod.
 *
 * Why not `z.strictObject` in the schemas: measured on the 2,000-sticky generated board
 * (1.6 MB), this walk costs about 1–2 ms of a 20–60 ms parse and strict objects parse in
 * about the time stripping ones do, so speed decides nothing; but the same schemas read
 * the live document (`src/yjs/read.ts`), where a key written by a newer peer must be
 * ignored, not make the whole record unreadable. So the schemas strip and files are
 * held strict here, with the path and the name of each unknown key.
 */
export function addUnknownKeys(errors: ErrorList, schema: z.ZodType, value: unknown, path: PathSegment[]): void {
  walk(errors, shapeOf(schema), value, path);
}
