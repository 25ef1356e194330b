import { rmSync } from 'node:fs';
import { posix } from 'node:path';
import type { Board } from '@stormscape/model';
import { HOSTILE_STRINGS, arbitraryBoard } from '@stormscape/model/testing';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateProject, planProject } from '../src/index';
import { RESERVED_IDENTIFIERS } from '../src/naming/Namer';
import type { ProjectPlan } from '../src/plan/types';
import { shopBoard } from './fixtureBoard';
import { scratchDir, writeFiles } from './files';
import { runTests, typecheck } from './runGenerated';

/** Names people (and fuzzers) write: quotes, newlines, emoji, paths, reserved words, punctuation only. */
const NASTY = [...HOSTILE_STRINGS, '../../etc/passwd', '..', '.', '/abs', 'C:\\win', 'class', 'delete', 'constructor', 'Promise', 'default',
  '!!!', '"\'`', "it's", 'a\nb', '🎉🎉', 'CON', 'nul', 'Order', 'order', 'ORDER', '123', '2FA setup', 'x*/y', '<b>', '${x}', '{{x}}', '\\', '\u2028'];
const nameArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** The shop fixture's structure (every generator path) with every name replaced. */
function renamed(names: readonly string[]): Board {
  const board = shopBoard();
  let i = 0;
  const next = () => names[i++ % names.length] ?? '';
  board.name = next().slice(0, 200);
  for (const c of board.contexts) c.name = next().slice(0, 200);
  for (const s of board.stickies) {
    s.text = next().slice(0, 500);
    for (const f of s.fields ?? []) f.name = next().slice(0, 200) || 'f';
  }
  return board;
}
const renamedShopArb = fc.array(nameArb, { minLength: 60, maxLength: 60 }).map(renamed);

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Names used as bindings or types (checked against reserved words) and as properties (not). */
function identifiersOf(plan: ProjectPlan): { bindings: string[]; props: string[] } {
  const out: string[] = [];
  const props: string[] = [];
  for (const c of plan.contexts) {
    for (const a of c.aggregates) {
      out.push(a.pascal, a.camel, ...a.queries.map((q) => q.operationId));
      props.push(a.idParam, ...a.fields.map((f) => f.prop));
      for (const cmd of a.commands) {
        out.push(cmd.pascal, cmd.camel, cmd.requestType, cmd.http.operationId);
        props.push(...cmd.fields.map((f) => f.prop));
      }
    }
    for (const e of [...c.published, ...c.subscribed]) {
      out.push(e.pascal, e.camel, e.channelKey);
      props.push(...e.fields.map((f) => f.prop));
    }
    for (const r of c.readModels) {
      out.push(r.pascal, r.camel, r.list.operationId, r.get.operationId);
      props.push(...r.fields.map((f) => f.prop));
    }
    for (const p of c.policies) out.push(p.pascal, p.camel);
    for (const o of c.outbound) {
      out.push(o.camel, o.requestType);
      props.push(...o.fields.map((f) => f.prop));
    }
  }
  return { bindings: out, props };
}

/** Everything that must hold for any board, checked without running tsc. */
function checkOutput(board: Board): void {
  const files = generateProject(board);
  for (const [path, content] of files) {
    expect(path, path).toMatch(/^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/);
    expect(posix.normalize(path), path).toBe(path);
    expect(path.split('/').some((s) => s === '..' || s === '.' || s === ''), path).toBe(false);
    if (/\.ya?ml$/.test(path)) expect(parseAllDocuments(content).flatMap((d) => d.errors.map((e) => e.message)), path).toEqual([]);
    if (path.endsWith('.json')) expect(() => JSON.parse(content), path).not.toThrow();
    if (path.endsWith('.ts')) {
      const { diagnostics = [] } = ts.transpileModule(content, { reportDiagnostics: true, fileName: path, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), path).toEqual([]);
    }
  }
  const { bindings, props } = identifiersOf(planProject(board));
  for (const id of bindings) {
    expect(id).toMatch(IDENTIFIER);
    expect(RESERVED_IDENTIFIERS.has(id), id).toBe(false);
  }
  // Properties may be reserved words ("default", "class"), never anything else.
  for (const prop of props) expect(prop).toMatch(IDENTIFIER);
}

// Forty whole projects each, run beside other files' Maven builds: the deadlines are hang
// guards for a loaded machine (300 s ran out at 359 s under load 30), not speed checks.
const PROPERTY_GUARD_MS = 900_000;

describe('hostile names', () => {
  it('the shop structure with random names gives safe paths, valid YAML/JSON and parseable TypeScript', () => {
    fc.assert(fc.property(renamedShopArb, (board) => checkOutput(board)), { numRuns: 40 });
  }, PROPERTY_GUARD_MS);

  it('random valid boards give safe paths, valid YAML/JSON and parseable TypeScript', () => {
    fc.assert(fc.property(arbitraryBoard(), (board) => checkOutput(board)), { numRuns: 40 });
  }, PROPERTY_GUARD_MS);

  const dir = scratchDir('hostile');
  let passed = false;
  afterAll(() => {
    if (passed) rmSync(dir, { recursive: true, force: true });
  });

  it('a sample of them type-checks (one tsc run) and the generated tests of the renamed shop pass', () => {
    const boards = [...fc.sample(renamedShopArb, { numRuns: 5, seed: 42 }), ...fc.sample(arbitraryBoard(), { numRuns: 5, seed: 7 })];
    boards.forEach((board, i) => writeFiles(`${dir}/b${i}`, generateProject(board)));
    const result = typecheck(dir, ['*/*/src', '*/*/test']);
    expect(result.output).toBe('');
    const tests = boards.slice(0, 2).flatMap((board, i) => planProject(board).contexts.map((c) => `b${i}/${c.slug}/test/service.test.ts`));
    const run = runTests(dir, tests);
    expect(run.fail, run.output.slice(-4000)).toBe(0);
    expect(run.ok).toBe(true);
    passed = true;
  }, 600_000);
});
