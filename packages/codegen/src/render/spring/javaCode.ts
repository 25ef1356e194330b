import type { FieldType } from '@stormscape/model';
import type { EventPlan, FieldPlan } from '../../plan/types';
import { javaIdent, javaString } from '../../naming/javaNames';
import { commentText, isMomentField, sameShape } from '../tsCode';

/**
 * Small builders of Java source text for the Spring target. Board-derived text reaches
 * code only through `javaString` (a literal) or `javaComment`; identifiers come from the
 * plan, made Java-safe by `javaIdent`.
 */

export { javaString };

/** Text safe inside a Java comment: one line, no terminator, no `\u` escape (Java decodes those before lexing, even in comments). */
export function javaComment(text: string): string {
  return commentText(text).replace(/\\u/g, '\\ u');
}

const REQUEST_TYPE: Readonly<Record<FieldType, string>> = {
  string: 'String',
  text: 'String',
  integer: 'Long',
  number: 'java.math.BigDecimal',
  boolean: 'Boolean',
  date: 'java.time.LocalDate',
  'date-time': 'java.time.OffsetDateTime',
  uuid: 'java.util.UUID',
  email: 'String',
  url: 'java.net.URI',
  money: 'Money',
};

/** The Java type of a request record component (Jackson rejects a malformed date, uuid or number: 422). */
export function requestType(field: Pick<FieldPlan, 'type' | 'list'>): string {
  const base = REQUEST_TYPE[field.type];
  const item = field.type === 'money' ? `@Valid ${base}` : field.type === 'email' ? `@Email ${base}` : base;
  return field.list ? `List<${item}>` : base;
}

/** Bean Validation annotations of a request record component. */
export function constraints(field: Pick<FieldPlan, 'type' | 'list' | 'required'>): string[] {
  const out: string[] = [];
  if (field.required) out.push('@NotNull');
  if (!field.list && field.type === 'money') out.push('@Valid');
  if (!field.list && field.type === 'email') out.push('@Email');
  return out;
}

const VALUE_TYPE: Readonly<Record<FieldType, string>> = {
  string: 'String',
  text: 'String',
  integer: 'Long',
  number: 'Number',
  boolean: 'Boolean',
  date: 'String',
  'date-time': 'String',
  uuid: 'String',
  email: 'String',
  url: 'String',
  money: 'Map<String, Object>',
};

/** The Java type of a JSON value of this field as the runtime holds it (plain JSON: strings, numbers, maps, lists). */
export function valueType(field: Pick<FieldPlan, 'type' | 'list'>): string {
  return field.list ? 'List<Object>' : VALUE_TYPE[field.type];
}

/** A place a value can be read from: Java expression `expr` of shape `field`, maybe null. */
export interface JavaSource {
  readonly expr: string;
  readonly field: Pick<FieldPlan, 'type' | 'list' | 'prop'>;
  readonly optional: boolean;
}

/** Sources for every field of a JSON map held in `map` (`req`, `current`). */
export function mapSources(map: string, fields: readonly FieldPlan[]): JavaSource[] {
  return fields.map((f) => ({ expr: `${map}.get(${javaString(f.prop)})`, field: f, optional: !f.required }));
}

/** The clock as a source for moment fields (`placedAt`), as in the TypeScript target. */
export function clockSource(target: Pick<FieldPlan, 'type' | 'list' | 'prop'>): JavaSource | null {
  return isMomentField(target) ? { expr: 'now()', field: target, optional: false } : null;
}

/**
 * Expression filling `target` from the first sources with the same property and shape
 * (the TypeScript target's `fill`): `Values.first(a, b)`; when only optional sources fit a
 * required target, `fallback` (an open value) is asked last, lazily. Null when nothing fits.
 */
export function fill(target: FieldPlan, sources: readonly JavaSource[], fallback?: () => string): string | null {
  const parts: string[] = [];
  for (const source of sources) {
    if (source.field.prop !== target.prop || !sameShape(source.field, target)) continue;
    parts.push(source.expr);
    if (!source.optional) return parts.length === 1 ? source.expr : `Values.first(${parts.join(', ')})`;
  }
  if (target.required && fallback) {
    const last = fallback();
    return parts.length === 0 ? last : `Values.firstOr(() -> ${last}, ${parts.join(', ')})`;
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : `Values.first(${parts.join(', ')})`;
}

/** `javaIdent` of a JSON property, for record components and methods. */
export const member = (prop: string): string => javaIdent(prop);

/** The event's payload as sources read from the map `event`. */
export function payload(event: EventPlan): JavaSource[] {
  const out: JavaSource[] = [];
  if (event.keyProp) out.push({ expr: `event.get(${javaString(event.keyProp)})`, field: { prop: event.keyProp, type: event.keyField?.type ?? 'string', list: false }, optional: false });
  for (const f of event.fields) out.push({ expr: `event.get(${javaString(f.prop)})`, field: f, optional: !f.required });
  out.push({ expr: 'event.get("occurredAt")', field: { prop: 'occurredAt', type: 'date-time', list: false }, optional: false });
  return out;
}

/** The components of a request record: `@JsonProperty` keeps the plan's JSON names, Bean Validation what the board says (an optional leading id for a create). */
export function recordComponents(fields: readonly FieldPlan[], idParam: string | null): string {
  const parts: string[] = [];
  if (idParam) parts.push(`    /** Id for the new item (generated when left out) */\n    @JsonProperty(${javaString(idParam)}) String ${javaIdent(idParam)}`);
  for (const f of fields) {
    const doc = javaComment(f.description || f.name);
    const annotations = [`@JsonProperty(${javaString(f.prop)})`, ...constraints(f)].join(' ');
    parts.push(`    ${doc ? `/** ${doc} */\n    ` : ''}${annotations} ${requestType(f)} ${javaIdent(f.prop)}`);
  }
  return parts.join(',\n');
}
