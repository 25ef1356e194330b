import { defineConfig } from 'vitest/config';

// Property and hostile-input tests do real work (a million junk records, hundreds of random
// boards); a deadline is a hang guard, not a performance check, so it allows a loaded machine.
export default defineConfig({ test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 } });
