// `npm test`: everything a change must pass, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { ensureSystemPackages } from './ensureSystemPackages.mjs';

ensureSystemPackages();

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['package tests', ['run', 'test:packages']],
];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAll checks passed.');
