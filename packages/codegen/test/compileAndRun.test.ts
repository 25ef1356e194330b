import { rmSync } from 'node:fs';
import { getExample } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { runTests, typecheck } from './runGenerated';

// The payoff check: every service generated from one example board type-checks under the
// generated tsconfig's strict options, and its generated contract tests pass. Slow (tsc
// and a node:test run over five services), so one example only; it runs in .tmp/ inside
// the repo so the services resolve fastify, ajv and tsx from the repo's node_modules.
const EXAMPLE = 'food-delivery';
const dir = scratchDir(`run-${EXAMPLE}`);
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

describe(`generated services of ${EXAMPLE}`, () => {
  const example = getExample(EXAMPLE);
  if (!example) throw new Error(`missing example ${EXAMPLE}`);
  const files = generateProject(example.board);
  writeFiles(dir, files);
  const contexts = [...new Set([...files.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0] as string))];

  it('type-check with tsc --noEmit (one run over every service)', () => {
    expect(contexts.length).toBe(example.board.contexts.length);
    const result = typecheck(dir, ['*/src', '*/test']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 600_000);

  it('pass their generated contract tests', () => {
    const result = runTests(dir, contexts.map((c) => `${c}/test/service.test.ts`));
    expect(result.fail, result.output.slice(-4000)).toBe(0);
    expect(result.pass).toBeGreaterThan(50);
    expect(result.ok).toBe(true);
    passed = true;
  }, 600_000);
});
