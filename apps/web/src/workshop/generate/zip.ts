import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/**
 * A fixed timestamp for every entry, so the same files always give the same bytes
 * (zip stores DOS times, which start in 1980).
 */
const MTIME = new Date(Date.UTC(1980, 0, 1, 12));

/**
 * Zips text files by relative path (`a/b.txt` becomes folder `a/` and file `b.txt`) as
 * UTF-8, deflated. Deterministic: entries in the given order, fixed timestamps.
 */
export function zipTextFiles(files: Iterable<readonly [path: string, content: string]>): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const [path, content] of files) {
    if (path === '' || path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
      throw new Error(`refusing to zip unsafe path "${path}"`);
    }
    entries[path] = strToU8(content);
  }
  return zipSync(entries, { level: 6, mtime: MTIME });
}
