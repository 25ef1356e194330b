import type * as Y from 'yjs';
import type { z } from 'zod';
import { clipTexts } from '../schema/text';
import { assertNewId, newId } from './newId';
import { putPlain, transact } from './write';

// Generic create/update/delete for records stored as one plain value per id. Such a
// record is replaced as a whole on update: concurrent edits of the same small record
// resolve last-writer-wins, edits of different records merge.

/**
 * Validates `{ ...defaults, ...input, id }` with `schema`, stores it and returns its id.
 * Texts longer than their limit are clipped (`TEXT_LIMITS`); throws if otherwise invalid.
 */
export function addPlain<T extends { id: string }>(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  schema: z.ZodType<T>,
  input: object & { id?: string },
  origin: unknown,
): string {
  const record = schema.parse(clipTexts(schema, { ...input, id: input.id === undefined ? newId() : assertNewId(input.id) }));
  transact(doc, origin, () => putPlain(map, record));
  return record.id;
}

/**
 * Merges `patch` into the stored record, validates and stores it (texts clipped to their
 * limits). Does nothing if the record is gone (deleted by a peer); throws if the result
 * is otherwise invalid.
 */
export function updatePlain<T extends { id: string }>(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  schema: z.ZodType<T>,
  read: (id: string, value: unknown) => T | null,
  id: string,
  patch: Partial<Omit<T, 'id'>>,
  origin: unknown,
): void {
  transact(doc, origin, () => {
    const current = read(id, map.get(id));
    if (current) putPlain(map, schema.parse(clipTexts(schema, { ...current, ...patch, id })));
  });
}

/** Deletes one record by id (no-op if absent). */
export function deletePlain(doc: Y.Doc, map: Y.Map<unknown>, id: string, origin: unknown): void {
  transact(doc, origin, () => map.delete(id));
}
