import type { FieldType } from '@stormscape/model';
import { isLifecycleStateField } from '@stormscape/model';
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

/**
 * A date-time field named for the moment something happened (`completedAt`, `placedAt`):
 * filled from `ctx.clock()` when nothing else carries it. Other dates (`dueDate`,
 * `pickupBy`) are decisions, not the clock, and stay open.
 */
export function isMomentField(field: Pick<FieldPlan, 'type' | 'list' | 'prop'>): boolean {
  return field.type === 'date-time' && !field.list && /[a-z]At$/.test(field.prop);
}

/** The clock as a source for moment fields (see `isMomentField`). */
export function clockSource(target: Pick<FieldPlan, 'type' | 'list' | 'prop'>): Source | null {
  return isMomentField(target) ? { expr: 'ctx.clock().toISOString()', field: target, optional: false } : null;
}

/**
 * The lifecycle state `state` (an event's `leadsTo`) as a source for a field named for
 * the state (the model's `isLifecycleStateField`: `status`, `state`), else null.
 */
export function lifecycleStateSource(target: FieldPlan, state: string | null): Source | null {
  return state !== null && isLifecycleStateField(target) ? { expr: str(state), field: target, optional: false } : null;
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
 * shape (`a ?? b ?? fallback`). When only optional sources (or none) fit a required
 * target, `fallback` supplies the last resort (an open value, never a neutral literal);
 * null when nothing fits and there is no fallback.
 */
export function fill(target: FieldPlan, sources: readonly Source[], fallback?: () => string): string | null {
  const parts: string[] = [];
  for (const source of sources) {
    if (source.field.prop !== target.prop || !sameShape(source.field, target)) continue;
    parts.push(source.expr);
    if (!source.optional) return parts.join(' ?? ');
  }
  if (target.required && fallback) parts.push(fallback());
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
