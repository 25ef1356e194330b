// Enforces ARCHITECTURE.md's dependency rules on the source tree:
// - which package may import which (model: zod only; yjs only under model/src/yjs; …),
// - e2e imports nothing from any src/,
// - @stormscape/testinfra (real servers for tests) is imported only by tests and benches,
// - no import cycles between files, not even type-only ones.
// Run as part of `npm run lint`; prints every violation and exits 1 if there are any.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Workspace dir -> bare specifiers (package names or prefixes) it may import. */
const ALLOWED = {
  'packages/model': ['zod'],
  'packages/codegen': ['@stormscape/model', 'handlebars', 'yaml', 'node:', 'zod'],
  'packages/testinfra': ['node:'],
  'apps/collab-server': ['@stormscape/model', 'node:', '*'],
  'apps/web': ['@stormscape/model', '@stormscape/codegen', '*'],
  e2e: ['*'],
};
/** Imports that are never allowed, whatever ALLOWED says. */
const FORBIDDEN = {
  'apps/web': ['@stormscape/collab-server', 'node:'],
  'apps/collab-server': ['@stormscape/web', '@stormscape/codegen'],
  'packages/model': ['@stormscape/'],
  'packages/codegen': ['@stormscape/web', '@stormscape/collab-server'],
  'packages/testinfra': ['@stormscape/'],
  e2e: ['@stormscape/'],
};
/** Test-only packages: importing them from product code is a violation wherever it happens. */
const TEST_ONLY = ['@stormscape/testinfra'];
/** Model files allowed to import yjs (its own entry point) and test-only deps. */
const MODEL_EXTRA = [
  { under: 'packages/model/src/yjs/', allow: ['yjs', 'lib0'] },
  { under: 'packages/model/src/testing/', allow: ['fast-check', 'yjs'] },
];
const TEST_FILE = /\.(test|spec|bench)\.tsx?$|\/(bench|test|scripts)\/|\.config\.m?ts$/;

const SOURCE_DIRS = Object.keys(ALLOWED);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'golden' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
  }
}
for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const violations = [];
const graph = new Map();

function resolveRelative(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

for (const file of files) {
  const rel = relative(root, file);
  const pkgDir = SOURCE_DIRS.find((dir) => rel.startsWith(`${dir}/`));
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const edges = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (spec.startsWith('.')) {
      const target = resolveRelative(file, spec);
      if (target) edges.push(target);
      if (pkgDir === 'e2e' && target && !relative(root, target).startsWith('e2e/')) {
        violations.push(`${rel}: e2e must not import ${spec}`);
      }
      continue;
    }
    const isTest = TEST_FILE.test(rel);
    const testOnly = TEST_ONLY.find((name) => spec === name || spec.startsWith(`${name}/`));
    if (testOnly && !isTest) {
      violations.push(`${rel}: "${testOnly}" is for tests and benches only (*.test.ts, *.bench.ts, test/, bench/)`);
      continue;
    }
    // Tests and benches run in Node, so Node built-ins are fine there; package rules still hold.
    const forbidden = (FORBIDDEN[pkgDir] ?? []).find((prefix) => spec.startsWith(prefix) && !(isTest && prefix === 'node:'));
    if (forbidden) {
      violations.push(`${rel}: ${pkgDir} must not import "${spec}"`);
      continue;
    }
    const allowed = ALLOWED[pkgDir] ?? [];
    const extra = MODEL_EXTRA.filter((e) => rel.startsWith(e.under)).flatMap((e) => e.allow);
    const ok =
      allowed.includes('*') ||
      [...allowed, ...extra].some((prefix) => spec === prefix || spec.startsWith(prefix.endsWith(':') ? prefix : `${prefix}/`)) ||
      (isTest && pkgDir !== 'apps/web');
    if (!ok) violations.push(`${rel}: ${pkgDir} may not import "${spec}" (allowed: ${[...allowed, ...extra].join(', ')})`);
  }
  graph.set(file, edges);
}

// Cycle detection (iterative DFS, Tarjan-free: report each back edge's cycle once).
const state = new Map();
const reported = new Set();
for (const start of graph.keys()) {
  if (state.has(start)) continue;
  const stack = [[start, 0]];
  const path = [start];
  state.set(start, 'open');
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const [node, index] = top;
    const edges = graph.get(node) ?? [];
    if (index >= edges.length) {
      state.set(node, 'done');
      stack.pop();
      path.pop();
      continue;
    }
    top[1] += 1;
    const next = edges[index];
    if (state.get(next) === 'open') {
      const cycle = path.slice(path.indexOf(next)).concat(next).map((f) => relative(root, f));
      const key = [...cycle].sort().join('|');
      if (!reported.has(key)) {
        reported.add(key);
        violations.push(`import cycle: ${cycle.join(' -> ')}`);
      }
    } else if (!state.has(next)) {
      state.set(next, 'open');
      stack.push([next, 0]);
      path.push(next);
    }
  }
}

if (violations.length > 0) {
  console.error(`Architecture check failed (${violations.length}):\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log(`Architecture check: ${files.length} files, dependency rules hold, no import cycles.`);
