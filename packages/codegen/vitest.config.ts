import { defineConfig } from 'vitest/config';

// Only our own tests: golden/ and .tmp/ hold generated projects whose tests run via node:test.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
