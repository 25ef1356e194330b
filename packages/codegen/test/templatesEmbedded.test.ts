import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedTemplatesSource } from '../src/node/templatesDir';
import { PACKAGE_DIR } from './files';

describe('src/templates.generated.ts', () => {
  it("is up to date with templates/ and testinfra's sources (npm run templates:embed -w @stormscape/codegen)", () => {
    const current = readFileSync(join(PACKAGE_DIR, 'src/templates.generated.ts'), 'utf8');
    expect(current).toBe(embeddedTemplatesSource(join(PACKAGE_DIR, 'templates'), join(PACKAGE_DIR, '../testinfra/src')));
  });
});
