#!/usr/bin/env node
// The `stormscape` CLI. Packages ship TypeScript sources (no build step), so load them via tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
