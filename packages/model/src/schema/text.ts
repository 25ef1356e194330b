import { z } from 'zod';

/**
 * Longest text of each kind of free-text field, in UTF-16 code units (what JavaScript's
 * `length` and an `<input maxLength>` count). Declared once here; the schemas, the Yjs
 * readers and writers, the web inputs and the server use these numbers.
 *
 * What happens to a longer text depends on where it comes from (one rule, everywhere):
 * - a board file (`parseBoardFile`): refused, with the path and both lengths;
 * - a person typing or pasting (the Yjs mutation helpers, fed by the web inputs, which
 *   show the limit): clipped to the limit with {@link clipText};
 * - a peer's document (`docToBoard` and the `read*` helpers): clipped the same way, so
 *   the record is kept rather than lost.
 */
export const TEXT_LIMITS = {
  /** Board, context, swimlane, slice, data-field and lifecycle-state names. */
  name: 200,
  /** A sticky's text. */
  stickyText: 500,
  /** Link and Boris-edge labels; short canvas entries (collaborators, messages, terms, domain roles). */
  label: 500,
  /** Goals and key results; field and relationship descriptions; canvas decisions, assumptions, metrics, questions; invariants; mapping constants. */
  paragraph: 2000,
  /** Boris notes, SNAP-E entries, a canvas's purpose and term definitions. */
  note: 5000,
  /** A sticky's description. */
  description: 10_000,
} as const;
export type TextLimit = keyof typeof TEXT_LIMITS;

/** Longest derived id an override may name (Boris node and edge ids). */
export const DERIVED_ID_MAX_LENGTH = 200;
/** Longest derived SNAP-E entry id a dismissal may name. */
export const SNAP_DERIVED_ID_MAX_LENGTH = 300;

/** Schemas of free text: clipped by {@link clipTexts}; other strings (ids, expressions) never are. */
const FREE_TEXT = new WeakSet<z.ZodType>();

/**
 * A free-text string of at most `TEXT_LIMITS[limit]` characters (at least `min`, with
 * `emptyMessage`, when given). Marked as text a person wrote, so {@link clipTexts} may clip it.
 */
export function freeText(limit: TextLimit, min?: { length: number; message: string }): z.ZodString {
  const base = z.string();
  const schema = (min ? base.min(min.length, min.message) : base).max(TEXT_LIMITS[limit]);
  FREE_TEXT.add(schema);
  return schema;
}

/** `text` cut to at most `max` UTF-16 code units, never between the two halves of a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

type Obj = Record<string, unknown>;

/** The object options of a union (a discriminated union of records), keys merged. */
function unionShape(options: readonly z.ZodType[]): Record<string, z.ZodType> | null {
  const merged: Record<string, z.ZodType> = {};
  for (const option of options) {
    if (!(option instanceof z.ZodObject)) return null;
    for (const [key, value] of Object.entries(option.shape as Record<string, z.ZodType>)) merged[key] ??= value;
  }
  return merged;
}

function clipObject(shape: Record<string, z.ZodType>, value: Obj): Obj {
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) {
    const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
    Object.defineProperty(out, key, { value: child ? clipTexts(child, v) : v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * A copy of `value` with every free-text string (see {@link freeText}) that `schema`
 * declares clipped to its limit; everything else is left as it is, for the schema to
 * check afterwards. Used where over-long text is clipped, not refused (see {@link TEXT_LIMITS}).
 */
export function clipTexts(schema: z.ZodType, value: unknown): unknown {
  if (typeof value === 'string') {
    const max = schema instanceof z.ZodString && FREE_TEXT.has(schema) ? schema.maxLength : null;
    return max === null ? value : clipText(value, max);
  }
  if (value === null || typeof value !== 'object') return value;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return clipTexts(schema.unwrap() as z.ZodType, value);
  if (Array.isArray(value)) return schema instanceof z.ZodArray ? value.map((v) => clipTexts(schema.element as z.ZodType, v)) : value;
  if (schema instanceof z.ZodObject) return clipObject(schema.shape as Record<string, z.ZodType>, value as Obj);
  if (schema instanceof z.ZodUnion) {
    const shape = unionShape(schema.options as readonly z.ZodType[]);
    return shape ? clipObject(shape, value as Obj) : value;
  }
  if (schema instanceof z.ZodRecord) {
    const out: Obj = {};
    for (const [key, v] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: clipTexts(schema.valueType as z.ZodType, v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
