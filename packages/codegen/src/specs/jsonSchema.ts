import type { FieldType } from '@stormscape/model';
import type { FieldPlan } from '../plan/types';

/** A JSON value, as written into specs and generated code. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The shared `Money` schema: an amount and an ISO 4217 currency code. */
export const MONEY_SCHEMA: JsonObject = {
  type: 'object',
  description: 'An amount of money in a currency, exact: an integer count of the currency\'s minor unit (cents for EUR), never a float.',
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'integer', description: 'Amount in minor units, e.g. 1250 for 12.50 EUR' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code, e.g. EUR' },
  },
  additionalProperties: false,
};

/** RFC 9457 problem details, for every error response. */
export const PROBLEM_SCHEMA: JsonObject = {
  type: 'object',
  description: 'Problem details (RFC 9457).',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'URI reference identifying the problem type' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      description: 'In 422 answers: each invalid part of the request. `field` is where it is: `body.` (JSON body), `params.` (path), `query.` or `headers.`, then the property path.',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

export const HEALTH_SCHEMA: JsonObject = {
  type: 'object',
  required: ['status', 'service'],
  properties: { status: { type: 'string', enum: ['ok'] }, service: { type: 'string' } },
  additionalProperties: false,
};

const SCALAR: Readonly<Record<Exclude<FieldType, 'money'>, JsonObject>> = {
  string: { type: 'string' },
  text: { type: 'string' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  'date-time': { type: 'string', format: 'date-time' },
  uuid: { type: 'string', format: 'uuid' },
  email: { type: 'string', format: 'email' },
  url: { type: 'string', format: 'uri' },
};

/** JSON Schema of one field; `money` is how the Money schema is referenced (a $ref or inline). */
export function fieldSchema(field: Pick<FieldPlan, 'type' | 'list' | 'description'>, money: JsonObject): JsonObject {
  const item: JsonObject = field.type === 'money' ? { ...money } : { ...SCALAR[field.type] };
  const schema: JsonObject = field.list ? { type: 'array', items: item } : item;
  // A description beside a $ref is allowed in OpenAPI 3.1 / JSON Schema 2020-12.
  if (field.description) schema.description = field.description;
  return schema;
}

/** Schema of the identifier property: the merged board field's, or a non-empty string. */
export function keySchema(keyField: FieldPlan | null, description: string): JsonObject {
  const schema: JsonObject = keyField ? { ...SCALAR[keyField.type === 'money' ? 'string' : keyField.type] } : { type: 'string', minLength: 1 };
  schema.description = keyField?.description || description;
  return schema;
}

export interface ObjectProperty {
  readonly prop: string;
  readonly schema: JsonObject;
  readonly required: boolean;
}

/** An object schema; `closed` forbids properties the board does not know. */
export function objectSchema(properties: readonly ObjectProperty[], closed: boolean, extra: JsonObject = {}): JsonObject {
  const schema: JsonObject = { type: 'object', ...extra };
  const required = properties.filter((p) => p.required).map((p) => p.prop);
  if (required.length > 0) schema.required = required;
  schema.properties = Object.fromEntries(properties.map((p) => [p.prop, p.schema]));
  if (closed) schema.additionalProperties = false;
  return schema;
}

/** Properties of plain fields. */
export function fieldProperties(fields: readonly FieldPlan[], money: JsonObject): ObjectProperty[] {
  return fields.map((f) => ({ prop: f.prop, schema: fieldSchema(f, money), required: f.required }));
}

/** Whether any of the fields uses Money (so documents only define it when needed). */
export function usesMoney(fields: readonly Pick<FieldPlan, 'type'>[]): boolean {
  return fields.some((f) => f.type === 'money');
}
