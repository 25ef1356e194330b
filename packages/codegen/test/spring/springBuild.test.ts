import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Board } from '@stormscape/model';
import { EXAMPLES } from '@stormscape/model/examples';
import { arbitraryBoard, HOSTILE_STRINGS } from '@stormscape/model/testing';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { shopBoard } from '../fixtureBoard';
import { SPRING_GOLDEN_EXAMPLE, scratchDir, writeFiles } from '../files';
import { mvn, surefireTotals } from './maven';

// The Spring target's payoff check, like compileAndRun.test.ts for TypeScript: the golden
// example's services build and pass their own @SpringBootTest tests (`mvn -B verify`: HTTP
// calls to every operation against a real PostgreSQL), and every other example, plus boards
// with hostile and Korean names, compiles with its tests (`mvn -B -q test-compile`).
// One reactor per Maven run (a generated aggregator pom) saves JVM start-ups; the local
// repository is the default ~/.m2, reused between runs. Timings go to the console.
const dir = scratchDir('spring');
let passed = 0;
// Removing two reactors' target/ folders takes longer than vitest's 10 s hook default on a loaded machine.
afterAll(() => {
  if (passed === 2) rmSync(dir, { recursive: true, force: true });
}, 5 * 60_000);

/** Aggregator pom over `modules` (folders with their own pom.xml). */
function aggregator(modules: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>',
    '<groupId>stormscape.test</groupId><artifactId>all</artifactId><version>0</version><packaging>pom</packaging>',
    `<modules>${modules.map((m) => `<module>${m}</module>`).join('')}</modules></project>`,
    '',
  ].join('\n');
}

/** Java keywords, Korean and hostile text as every name of the shop fixture. */
function hostileShop(names: readonly string[]): Board {
  const board = shopBoard();
  let i = 0;
  const next = () => names[i++ % names.length] ?? '';
  board.name = next();
  for (const c of board.contexts) c.name = next();
  for (const s of board.stickies) {
    s.text = next();
    for (const f of s.fields ?? []) f.name = next() || 'f';
  }
  return board;
}

const JAVA_WORDS = ['int', 'native', 'record', 'class', 'default', '_', 'var', 'List', 'Map', 'Override', 'String', 'goto', 'synchronized'];
const KOREAN = ['주문', '주문하기', '배달 완료', '결제', '고객 이메일', '금액', '예약 생성'];

describe('generated Spring services', () => {
  it(`${SPRING_GOLDEN_EXAMPLE}: mvn -B verify passes (every service's @SpringBootTest tests on PostgreSQL)`, () => {
    const example = EXAMPLES.find((e) => e.id === SPRING_GOLDEN_EXAMPLE);
    if (!example) throw new Error(`no example ${SPRING_GOLDEN_EXAMPLE}`);
    const out = join(dir, 'verify');
    writeFiles(out, generateProject(example.board, { target: 'spring' }));
    const run = mvn(out, ['verify'], 40 * 60_000);
    const totals = surefireTotals(run.output);
    console.log(`mvn -B verify (${example.board.contexts.length} services): ${run.seconds} s, ${JSON.stringify(totals)}`);
    expect(run.ok, run.output.slice(-6000)).toBe(true);
    // Every service ran its suites, each with tests of its own.
    expect(totals.suites).toBe(example.board.contexts.length);
    expect(totals.failures + totals.errors).toBe(0);
    expect(totals.run).toBeGreaterThan(example.board.contexts.length * 5);
    passed += 1;
  }, 45 * 60_000);

  it('every other example and boards with hostile, Java-reserved and Korean names compile: mvn -B -q test-compile', () => {
    const out = join(dir, 'compile');
    const modules: string[] = [];
    const add = (name: string, board: Board) => {
      // A board's name is its services' Maven groupId: unique ones share one reactor.
      board.name = `${board.name} ${name}`;
      writeFiles(join(out, name), generateProject(board, { target: 'spring' }));
      modules.push(name);
    };
    for (const example of EXAMPLES) if (example.id !== SPRING_GOLDEN_EXAMPLE) add(example.id, example.board);
    add('java-words', hostileShop(JAVA_WORDS));
    add('korean', hostileShop(KOREAN));
    add('hostile', hostileShop(HOSTILE_STRINGS));
    fc.sample(arbitraryBoard(), { numRuns: 3, seed: 7 }).forEach((board, i) => add(`arbitrary${i}`, board));
    writeFileSync(join(out, 'pom.xml'), aggregator(modules));
    const run = mvn(out, ['-q', 'test-compile'], 30 * 60_000);
    console.log(`mvn -B -q test-compile (${modules.length} boards): ${run.seconds} s`);
    expect(run.output.split('\n').filter((l) => l.includes('ERROR')).slice(0, 40).join('\n')).toBe('');
    expect(run.ok).toBe(true);
    passed += 1;
  }, 35 * 60_000);
});
