import type { FieldType } from '@stormscape/model';
import type { FieldPlan } from '../plan/types';

/**
 * Small builders of TypeScript source text. Everything board-derived that ends up in
 * code goes through `str` (a JSON string literal) or is an identifier from the plan.
 */

/** A TypeScript string literal (JSON quoting is valid TS, U+2028/9 included). */
export const str = (text: string): string => JSON.stringify(text);

/** Text safe inside a `//` or `/* *\/` comment: one line, no comment terminator. */
export function commentText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\*\//g, '*\\/')
    .replace(/\s+/g, ' ')
    .trim();
}

const SCALAR_TS: Readonly<Record<FieldType, string>> = {
  string: 'string',
  text: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  'date-time': 'string',
  uuid: 'string',
  email: 'string',
  url: 'string',
  money: 'Money',
};

export function tsType(field: Pick<FieldPlan, 'type' | 'list'>): string {
  const base = SCALAR_TS[field.type];
  return field.list ? `${base}[]` : base;
}

const SCALAR_DEFAULT: Readonly<Record<FieldType, string>> = {
  string: "''",
  text: "''",
  integer: '0',
  number: '0',
  boolean: 'false',
  date: "'1970-01-01'",
  'date-time': "'1970-01-01T00:00:00.000Z'",
  uuid: "'00000000-0000-0000-0000-000000000000'",
  email: "'unknown@example.com'",
  url: "'https://example.com/'",
  money: "{ amount: 0, currency: 'XXX' }",
};

/** A value of the field's type that passes its schema, for required fields nobody supplied. */
export function defaultLiteral(field: Pick<FieldPlan, 'type' | 'list'>): string {
  return field.list ? '[]' : SCALAR_DEFAULT[field.type];
}

/** Whether two fields carry the same kind of value (so one can be copied into the other). */
export function sameShape(a: Pick<FieldPlan, 'type' | 'list'>, b: Pick<FieldPlan, 'type' | 'list'>): boolean {
  const norm = (t: FieldType) => (t === 'text' ? 'string' : t);
  return a.list === b.list && norm(a.type) === norm(b.type);
}

/** A place a value can be read from: `expr` of shape `field`, maybe undefined. */
export interface Source {
  readonly expr: string;
  readonly field: Pick<FieldPlan, 'type' | 'list' | 'prop'>;
  readonly optional: boolean;
}

/**
 * Expression filling `target` from the first sources with the same property name and
 * shape (`a ?? b ?? default`), or null when the target is optional and nothing fits.
 */
export function fill(target: FieldPlan, sources: readonly Source[]): string | null {
  const parts: string[] = [];
  for (const source of sources) {
    if (source.field.prop !== target.prop || !sameShape(source.field, target)) continue;
    parts.push(source.expr);
    if (!source.optional) return parts.join(' ?? ');
  }
  if (target.required) parts.push(defaultLiteral(target));
  return parts.length > 0 ? parts.join(' ?? ') : null;
}

/** Sources for every field of a record held in `expr` (e.g. `body`, `next`). */
export function sourcesOf(expr: string, fields: readonly FieldPlan[]): Source[] {
  return fields.map((f) => ({ expr: `${expr}.${f.prop}`, field: f, optional: !f.required }));
}

/** `{ a: x, b: y }` on one line, or several when long. */
export function objectLiteral(entries: readonly (readonly [string, string])[], indent: string): string {
  if (entries.length === 0) return '{}';
  const one = `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  if (one.length + indent.length <= 110) return one;
  return `{\n${entries.map(([k, v]) => `${indent}  ${k}: ${v},`).join('\n')}\n${indent}}`;
}

/** Interface member lines. */
export function interfaceBody(fields: readonly { prop: string; type: string; optional: boolean; doc: string }[]): string {
  return fields.map((f) => `${f.doc ? `  /** ${commentText(f.doc)} */\n` : ''}  ${f.prop}${f.optional ? '?' : ''}: ${f.type};`).join('\n');
}
