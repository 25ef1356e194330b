import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

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
