import * as Y from 'yjs';
import type { BoardRecord, StoredDoc } from '../src/storage/Persistence';

/** Shared by the storage tests: a board row with fixed token hashes. */
export const record = (id: string): BoardRecord => ({ id, name: id, editTokenHash: Buffer.alloc(32, 1), viewTokenHash: Buffer.alloc(32, 2), viewTokenSealed: null, createdAt: 1, updatedAt: 1 });

/** The text a stored document holds (snapshot and log applied to a fresh Y.Doc). */
export function storedText(stored: StoredDoc): string {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  return doc.getText('t').toString();
}
