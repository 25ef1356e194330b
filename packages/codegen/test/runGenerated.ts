import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const RUNNER = fileURLToPath(new URL('./nodeTestRunner.mjs', import.meta.url));

/** Compiler options of the generated projects' tsconfig.json, for checking many at once. */
const OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  types: ['node'],
  noEmit: true,
};

/**
 * Type-checks every generated project below `dir` in one tsc run (using the repo's
 * typescript), with the generated tsconfig's options. Returns tsc's output ('' when clean).
 */
export function typecheck(dir: string, include: readonly string[]): { ok: boolean; output: string } {
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: OPTIONS, include }, null, 2));
  const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', cwd: dir });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/**
 * Runs generated node:test files (through tsx) in one node process, each file a suite named
 * by its path (`nodeTestRunner.mjs`); returns the TAP summary.
 */
export function runTests(dir: string, files: readonly string[]): { ok: boolean; pass: number; fail: number; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test-reporter=tap', RUNNER, ...files], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'test' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  const count = (label: string) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  return { ok: result.status === 0, pass: count('pass'), fail: count('fail'), output };
}
