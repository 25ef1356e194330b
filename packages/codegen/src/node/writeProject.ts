import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isCreateOnce, isGeneratedDir } from '../generateProject';

export interface WriteReport {
  /** Files written (new or rewritten). */
  readonly written: string[];
  /** Create-once files left alone because they already exist (people's code). */
  readonly kept: string[];
  /** Stale files removed from `src/generated/` folders. */
  readonly removed: string[];
  /** Hand-written files under `src/handlers/` that no longer match anything on the board. */
  readonly orphans: string[];
}

function listFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listFiles(full, out);
    else out.push(full);
  }
  return out;
}

/**
 * Writes generated files under `outDir`: rewrites generated ones, creates hand-written
 * ones (`src/handlers/`, `src/main.ts`) only when missing, deletes stale files from each
 * context's `src/generated/`, and reports handlers that no longer match the board.
 */
export function writeProject(outDir: string, files: ReadonlyMap<string, string>): WriteReport {
  const root = resolve(outDir);
  const report: WriteReport = { written: [], kept: [], removed: [], orphans: [] };
  for (const [path, content] of files) {
    const target = resolve(root, path);
    if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside ${root}: ${path}`);
    if (isCreateOnce(path) && existsSync(target)) {
      report.kept.push(path);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    report.written.push(path);
  }
  const contexts = new Set([...files.keys()].filter((p) => p.includes('/')).map((p) => p.slice(0, p.indexOf('/'))));
  for (const context of contexts) {
    for (const full of listFiles(join(root, context, 'src'))) {
      const path = relative(root, full).split(sep).join('/');
      if (files.has(path)) continue;
      if (isGeneratedDir(path)) {
        rmSync(full);
        report.removed.push(path);
      } else if (isCreateOnce(path)) {
        report.orphans.push(path);
      }
    }
  }
  return report;
}
