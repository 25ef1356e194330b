import { getExample } from '@stormscape/model/examples';
import type { Board } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { runGeneration } from './runGeneration';

const foodDelivery = (): Board => {
  const example = getExample('food-delivery');
  if (!example) throw new Error('food-delivery example missing');
  return example.board;
};

describe('runGeneration', () => {
  it('indexes the project per context with both contracts', () => {
    const result = runGeneration(foodDelivery());
    if (!result.ok) throw new Error(result.error);
    const ordering = result.contexts.find((c) => c.name === 'Ordering');
    expect(ordering?.openapi).toMatch(/^openapi: "?3\.1/m);
    expect(ordering?.asyncapi).toMatch(/^asyncapi: "?3\.0/m);
    expect(ordering?.paths).toContain(`${ordering?.slug}/openapi.yaml`);
    expect(result.rootPaths).toContain('README.md');
    expect(result.rootPaths).toContain('deploy/docker-compose.yml');
    expect(result.rootPaths.some((p) => p.startsWith('.github/'))).toBe(true);
    const all = result.files.map(([p]) => p);
    expect(all.length).toBe(result.rootPaths.length + result.contexts.reduce((n, c) => n + c.paths.length, 0));
    expect(result.createOnce.length).toBeGreaterThan(0);
    expect(result.createOnce.every((p) => p.includes('/src/handlers/') || p.endsWith('/src/main.ts'))).toBe(true);
  });

  it('returns failures instead of throwing', () => {
    // Not a board at all: whatever breaks inside the generator comes back as a message.
    const result = runGeneration({ name: 'broken' } as unknown as Board);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });
});
