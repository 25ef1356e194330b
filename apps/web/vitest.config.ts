import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// The web app's unit tests run real work (code generation of a whole example board, ELK
// layouts): a deadline is a hang guard, not a performance check, so it allows a loaded
// machine (vitest's default 5 s failed CI-like runs at load 20+; speed lives in `npm run bench`).
export default mergeConfig(viteConfig, defineConfig({ test: { testTimeout: 60_000 } }));
