import { defineConfig } from 'vitest/config';

// Integration tests start real servers and child processes: generous deadlines, no timing assertions.
export default defineConfig({ test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 30_000 } });
