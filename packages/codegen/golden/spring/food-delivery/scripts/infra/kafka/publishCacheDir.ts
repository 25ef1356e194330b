// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves a fully built `staging` directory to `finalDir` in one rename, marked complete, so a
 * concurrent run never sees half a cache entry. If another run finished first, its complete
 * entry is kept and ours is dropped.
 */
export function publishCacheDir(staging: string, finalDir: string): void {
  writeFileSync(join(staging, 'complete'), `${new Date().toISOString()}\n`);
  try {
    renameSync(staging, finalDir);
  } catch (error) {
    if (!existsSync(join(finalDir, 'complete'))) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
}
