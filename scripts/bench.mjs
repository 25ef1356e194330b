// `npm run bench`: every package's performance report, one after another (never part of
// `npm test`). Each bench prints its own table; this script only sequences them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureSystemPackages } from './ensureSystemPackages.mjs';

const root = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const only = process.argv.slice(2);
const failures = [];
ensureSystemPackages();
for (const dir of root.workspaces) {
  const pkg = JSON.parse(readFileSync(new URL(`../${dir}/package.json`, import.meta.url), 'utf8'));
  if (!pkg.scripts?.bench) continue;
  if (only.length > 0 && !only.some((name) => pkg.name.includes(name))) continue;
  console.log(`\n=== bench: ${pkg.name} ===`);
  const result = spawnSync('npm', ['run', 'bench', '-w', pkg.name], { stdio: 'inherit' });
  if (result.status !== 0) failures.push(pkg.name);
}
if (failures.length > 0) {
  console.error(`\nBenchmarks that failed to run: ${failures.join(', ')}`);
  process.exit(1);
}
