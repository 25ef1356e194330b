import { rmSync } from 'node:fs';
import { EXAMPLES } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { runTests, typecheck } from './runGenerated';

// The payoff check: every service generated from every example board type-checks under the
// generated tsconfig's strict options, and its generated contract tests pass on the embedded
// defaults (in-memory storage, in-process bus). Between them the examples cover commands that
// can be refused (refusal defaults and tests: one outcome per call) and Boris decisions (an
// outbound client from a sync edge, a call made asynchronous left as a TODO).
//
// Kept affordable: the services live in .tmp/ inside the repo so they all resolve the repo's
// one node_modules (every dependency of a generated service is a devDependency here), one tsc
// run checks all of them, and one node process runs all their node:test files.
const dir = scratchDir('run-examples');
let passed = false;
afterAll(() => {
  if (passed) rmSync(dir, { recursive: true, force: true });
});

describe('generated services of every example', () => {
  const files = new Map<string, string>();
  const services: string[] = [];
  for (const example of EXAMPLES) {
    const generated = generateProject(example.board);
    // A service is a top-level folder with its own package.json (deploy/, scripts/ and the gateway are not).
    const contexts = [...generated.keys()].filter((p) => /^[^/]+\/package\.json$/.test(p) && p !== 'gateway/package.json').map((p) => p.split('/')[0] as string);
    expect(contexts, example.id).toHaveLength(example.board.contexts.length);
    services.push(...contexts.map((c) => `${example.id}/${c}`));
    for (const [path, content] of generated) files.set(`${example.id}/${path}`, content);
  }
  expect([...files.values()].some((content) => content.includes('refuse.'))).toBe(true);
  expect([...files.values()].some((content) => content.includes('asynchronous on Boris'))).toBe(true);
  writeFiles(dir, files);

  it('type-check with tsc --noEmit (one run over every service)', () => {
    const result = typecheck(dir, ['*/*/src', '*/*/test']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 600_000);

  it('pass their generated contract tests, and each gateway its own (one process for all)', () => {
    const gateways = EXAMPLES.map((e) => `${e.id}/gateway/test/gateway.test.ts`);
    const result = runTests(dir, [...services.map((s) => `${s}/test/service.test.ts`), ...gateways]);
    expect(result.fail, result.output.slice(-4000)).toBe(0);
    // Every service's file ran as a suite that passed, and each has tests of its own.
    for (const service of services) expect(result.output, service).toMatch(new RegExp(`^ok \\d+ - ${service}/test/service\\.test\\.ts$`, 'm'));
    for (const gateway of gateways) expect(result.output, gateway).toMatch(new RegExp(`^ok \\d+ - ${gateway.replace(/\./g, '\\.')}$`, 'm'));
    expect(result.pass).toBeGreaterThan(services.length * 5);
    expect(result.ok).toBe(true);
    passed = true;
  }, 600_000);
});
