import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/codegen, whatever the current directory. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const GOLDEN_DIR = join(PACKAGE_DIR, 'golden');
/** The example whose Spring output is checked in under golden/spring/ and built with `mvn verify`. */
export const SPRING_GOLDEN_EXAMPLE = 'food-delivery';
/** Scratch space inside the repo (gitignored) so generated projects resolve the repo's node_modules. */
export const TMP_DIR = join(PACKAGE_DIR, '.tmp');

/** Every file under `dir`, by path relative to it with `/` separators. */
export function readFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Replaces `dir` with exactly `files`. */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** A fresh scratch folder under .tmp/. */
export function scratchDir(name: string): string {
  const dir = join(TMP_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
