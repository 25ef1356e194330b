import { z } from 'zod';

/** What a record id looks like: 1–64 letters, digits, "-" or "_" (URL- and file-safe, never a path). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Record ids: short, URL- and file-safe, never a path. */
export const Id = z.string().regex(ID_PATTERN, 'an id of 1–64 letters, digits, "-" or "_"');
export type Id = z.infer<typeof Id>;

/** Whether `value` has the shape of a record id (the hand-written twin of `Id`, for hot paths). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * Names of built-in object properties (`constructor`, `__proto__`, `toString`, …): as
 * record ids they would break `obj[id]` lookups downstream, so no record may use one.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether `id` is a built-in property name such as `constructor` or `__proto__`, which no record may use. */
export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}

/** Whether `value` may be the id of a new record: matches `Id` and is not reserved. */
export function isUsableId(value: unknown): value is string {
  return isId(value) && !RESERVED_IDS.has(value);
}

/**
 * Code-unit order of strings, the canonical order of ids and keys in every output list
 * and file. Not `localeCompare`: the result must not depend on the machine's locale.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const Point = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof Point>;

export const Size = z.object({
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
});
export type Size = z.infer<typeof Size>;

/** CSS hex colour, e.g. "#FFA960". */
export const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour like "#FFA960"');
export type Colour = z.infer<typeof Colour>;
