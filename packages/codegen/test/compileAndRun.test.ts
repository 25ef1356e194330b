import { rmSync } from 'node:fs';
import { getExample } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { runTests, typecheck } from './runGenerated';

// The payoff check: every service generated from one example board type-checks under the
// generated tsconfig's strict options, and its generated contract tests pass. Slow (tsc
// and a node:test run over five services), so one example only, plus the services of
// others that show what the first lacks: commands that can be refused (their refusal
// defaults and tests: one outcome per call), and Boris decisions (an outbound client from
// a sync edge, a call made asynchronous left as a TODO). It runs in .tmp/ inside the repo so the
// services resolve fastify, ajv and tsx from the repo's node_modules.
const EXAMPLE = 'food-delivery';
const MORE = [
  { example: 'insurance-claims', contexts: ['policy-administration', 'fraud-screening'] },
  { example: 'library-lending', contexts: ['lending', 'reservations'] },
] as const;
const dir = scratchDir(`run-${EXAMPLE}`);
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

describe(`generated services of ${EXAMPLE}`, () => {
  const example = getExample(EXAMPLE);
  if (!example) throw new Error(`missing example ${EXAMPLE}`);
  const files = new Map(generateProject(example.board));
  const own = [...new Set([...files.keys()].filter((p) => p.includes('/')).map((p) => p.split('/')[0] as string))];
  for (const more of MORE) {
    const board = getExample(more.example)?.board;
    if (!board) throw new Error(`missing example ${more.example}`);
    for (const [path, content] of generateProject(board)) {
      if (more.contexts.some((c) => path.startsWith(`${c}/`))) files.set(path, content);
    }
  }
  expect([...files.values()].some((content) => content.includes('refuse.'))).toBe(true);
  expect([...files.values()].some((content) => content.includes('asynchronous on Boris'))).toBe(true);
  writeFiles(dir, files);
  const contexts = [...own, ...MORE.flatMap((m) => m.contexts)];

  it('type-check with tsc --noEmit (one run over every service)', () => {
    expect(own.length).toBe(example.board.contexts.length);
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
