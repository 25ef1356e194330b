import { z } from 'zod';
import { freeText } from './text';

export const FIELD_TYPES = [
  'string',
  'text',
  'integer',
  'number',
  'boolean',
  'date',
  'date-time',
  'uuid',
  'email',
  'url',
  'money',
] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

/** A data field on a command, event, aggregate or read model. */
export const Field = z.object({
  name: freeText('name', { length: 1, message: 'a field needs a name' }),
  type: FieldType,
  /** true when the field holds a list of `type`. */
  list: z.boolean(),
  required: z.boolean(),
  description: freeText('paragraph'),
});
export type Field = z.infer<typeof Field>;
