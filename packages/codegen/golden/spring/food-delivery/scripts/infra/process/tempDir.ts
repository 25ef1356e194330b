// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackTempDir, untrackTempDir } from './exitCleanup';
import type { UnixUser } from './unprivilegedUser';

export interface TempDir {
  path: string;
  /** Delete it with everything inside (idempotent). */
  remove(): void;
}

/**
 * A fresh directory under the OS temp dir, deleted on close or when the test process exits.
 * With `owner`, it is handed to that account (the server runs as it and writes inside).
 */
export function makeTempDir(prefix: string, owner?: UnixUser): TempDir {
  const path = mkdtempSync(join(tmpdir(), `stormscape-${prefix}-`));
  trackTempDir(path);
  if (owner) chownSync(path, owner.uid, owner.gid);
  return {
    path,
    remove() {
      rmSync(path, { recursive: true, force: true });
      untrackTempDir(path);
    },
  };
}
