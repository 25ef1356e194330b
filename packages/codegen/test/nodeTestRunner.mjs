// Runs many generated node:test files in ONE process (Node 20 has no
// --experimental-test-isolation=none): `node --test` would start a process (and a tsx
// loader) per file, which on a loaded 2-core machine costs more than the tests. Each file
// becomes a suite named by its path; a file that fails to load is a failing test, so it
// counts in the "# fail" summary, not only in the exit code.
import { describe, test } from 'node:test';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) {
  describe(file, async () => {
    try {
      await import(pathToFileURL(resolve(file)).href);
    } catch (error) {
      test(`${file} loads`, () => {
        throw error;
      });
    }
  });
}
