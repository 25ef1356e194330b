import { defineConfig } from 'vitest/config';

// Real servers: starts are bounded inside the module (with the log tail in the error), so the
// per-test timeout only has to be above those bounds. Files run one at a time: the machine has
// 2 cores and a JVM start on top of initdb would only make both slower.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 660_000,
    fileParallelism: false,
  },
});
