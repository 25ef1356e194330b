import { isUsableId } from '../schema/ids';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A new record id: 16 characters from a 64-letter URL-safe alphabet (96 random bits
 * from the platform's CSPRNG), so ids made offline on different devices do not collide.
 * Matches the `Id` schema.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = '';
  // 256 is a multiple of 64, so masking keeps the distribution uniform.
  for (const b of bytes) id += ALPHABET[b & 63];
  return id;
}

/** Throws unless `id` is usable as a new record id (matches `Id`, not reserved). */
export function assertNewId(id: string): string {
  if (!isUsableId(id)) throw new Error(`unusable record id ${JSON.stringify(id)}`);
  return id;
}
