import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/** Board ids the server generates and accepts: URL-safe, short, no dots or slashes. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

export function isValidBoardId(id: string): boolean {
  return BOARD_ID_PATTERN.test(id);
}

export function newBoardId(): string {
  return randomBytes(12).toString('base64url');
}

/** 256 random bits: high entropy, so a plain SHA-256 is a safe stored form (no salt/KDF needed). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Constant-time: both sides are fixed-length hashes, and the comparison never short-circuits. */
export function tokenMatches(token: string, storedHash: Buffer): boolean {
  const presented = hashToken(token);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}

const sealKey = (editToken: string, boardId: string): Buffer => Buffer.from(hkdfSync('sha256', editToken, boardId, 'stormscape view token', 32));

/**
 * The view token encrypted under a key derived from the edit token (AES-256-GCM), so an
 * editor can get the view link back while the database alone never reveals it.
 */
export function sealViewToken(editToken: string, boardId: string, viewToken: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(editToken, boardId), iv);
  const body = Buffer.concat([cipher.update(viewToken, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openViewToken(editToken: string, boardId: string, sealed: Buffer): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(editToken, boardId), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
