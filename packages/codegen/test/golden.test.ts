import { join } from 'node:path';
import { EXAMPLES } from '@stormscape/model/examples';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { GOLDEN_DIR, SPRING_GOLDEN_EXAMPLE, readFiles } from './files';

// Like openapi-generator's ensure-up-to-date: generated output for every example board is
// checked in; any change to the generator must come with the golden diff.
describe('golden files', () => {
  for (const example of EXAMPLES) {
    it(`${example.id} matches golden/${example.id} (npm run golden:update -w @stormscape/codegen to refresh)`, () => {
      const generated = generateProject(example.board);
      const golden = readFiles(join(GOLDEN_DIR, example.id));
      expect([...generated.keys()]).toEqual([...golden.keys()]);
      for (const [path, content] of generated) expect(content, path).toBe(golden.get(path));
    });
  }
});

describe('golden files of the Spring target', () => {
  it(`${SPRING_GOLDEN_EXAMPLE} matches golden/spring/${SPRING_GOLDEN_EXAMPLE} (npm run golden:update -w @stormscape/codegen to refresh)`, () => {
    const example = EXAMPLES.find((e) => e.id === SPRING_GOLDEN_EXAMPLE);
    if (!example) throw new Error(`no example ${SPRING_GOLDEN_EXAMPLE}`);
    const generated = generateProject(example.board, { target: 'spring' });
    const golden = readFiles(join(GOLDEN_DIR, 'spring', SPRING_GOLDEN_EXAMPLE));
    expect([...generated.keys()]).toEqual([...golden.keys()]);
    for (const [path, content] of generated) expect(content, path).toBe(golden.get(path));
  });
});
