import { getExample } from '@stormscape/model/examples';
import type { Board } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';

function foodDelivery(): Board {
  const example = getExample('food-delivery');
  if (!example) throw new Error('food-delivery example missing');
  return structuredClone(example.board);
}

/** Food delivery with the team's decision that Payments and Kitchen run on Spring Boot. */
function mixedBoard(): Board {
  const board = foodDelivery();
  board.contexts = board.contexts.map((c) => (c.codeName === 'payments' || c.name === 'Payments' || c.name === 'Kitchen' ? { ...c, target: 'spring' as const } : c));
  return board;
}

const springContexts = (files: Map<string, string>) => [...files.keys()].filter((p) => /^[^/]+\/pom\.xml$/.test(p)).map((p) => p.split('/')[0]).sort();
const tsContexts = (files: Map<string, string>) => [...files.keys()].filter((p) => /^[^/]+\/src\/generated\/service\.ts$/.test(p)).map((p) => p.split('/')[0]).sort();

describe('per-context targets (one board, a polyglot system)', () => {
  it('generates each context as decided on the board, TypeScript where undecided', () => {
    const files = generateProject(mixedBoard());
    expect(springContexts(files)).toEqual(['kitchen', 'payments']);
    expect(tsContexts(files)).toEqual(['catalogue', 'delivery', 'ordering']);
    // Each service has one flavour only, and keeps its target-independent contracts.
    expect([...files.keys()].some((p) => p.startsWith('payments/src/generated/'))).toBe(false);
    expect(files.has('payments/openapi.yaml')).toBe(true);
    // The Maven reactor lists the Spring services only; the system root (README, gateway) is the whole system's.
    const reactor = files.get('pom.xml') ?? '';
    expect(reactor).toContain('<module>kitchen</module>');
    expect(reactor).toContain('<module>payments</module>');
    expect(reactor).not.toContain('<module>ordering</module>');
    expect(files.get('README.md')).toContain('payments/');
    expect(files.has('gateway/src/generated/routes.ts')).toBe(true);
  });

  it('--target overrides every decision', () => {
    expect(tsContexts(generateProject(mixedBoard(), { target: 'typescript' }))).toEqual(['catalogue', 'delivery', 'kitchen', 'ordering', 'payments']);
    const spring = generateProject(mixedBoard(), { target: 'spring' });
    expect(springContexts(spring)).toEqual(['catalogue', 'delivery', 'kitchen', 'ordering', 'payments']);
    expect(tsContexts(spring)).toEqual([]);
  });

  it('an undecided board generates as before', () => {
    const board = foodDelivery();
    expect(generateProject(board)).toEqual(generateProject(board, { target: 'typescript' }));
  });
});
