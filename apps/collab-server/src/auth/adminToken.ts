import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newToken } from './tokens';

/** File in the data dir holding the generated workspace token (mode 0600). */
export const ADMIN_TOKEN_FILE = 'admin-token';

export interface AdminToken {
  token: string;
  /** Where it came from; `generated` means it was just created and must be shown once. */
  source: 'env' | 'file' | 'generated';
  file: string | null;
}

/**
 * The workspace secret: `STORMSCAPE_ADMIN_TOKEN` when set, else the one stored in the data
 * dir, else a new one written there (owner-only) for the caller to print once.
 */
export function resolveAdminToken(configured: string | undefined, dataDir: string): AdminToken {
  if (configured !== undefined && configured.trim() !== '') return { token: configured.trim(), source: 'env', file: null };
  const file = path.resolve(dataDir, ADMIN_TOKEN_FILE);
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token === '') throw new Error(`${file} is empty: delete it to generate a new workspace token`);
    return { token, source: 'file', file };
  }
  mkdirSync(dataDir, { recursive: true });
  const token = newToken();
  // `wx`: never overwrite a token another process just wrote.
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { token, source: 'generated', file };
}
