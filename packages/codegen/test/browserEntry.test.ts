import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './files';

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;

/** Every module specifier reachable from `entry` through relative imports. */
function reachable(entry: string): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const queue = [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(relative(PACKAGE_DIR, file));
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] as string;
      if (!spec.startsWith('.')) {
        bare.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
      if (target) queue.push(target);
    }
  }
  return { files, bare };
}

describe('@stormscape/codegen/browser', () => {
  it('imports nothing Node-only (no fs, no path): only the model and handlebars', () => {
    const { files, bare } = reachable(join(PACKAGE_DIR, 'src/browser.ts'));
    expect(files).toContain('src/templates.generated.ts');
    expect(files.filter((f) => f.startsWith('src/node/') || f.startsWith('src/cli/'))).toEqual([]);
    expect([...bare].sort()).toEqual(['@stormscape/model', 'handlebars']);
  });

  it('bundles for the browser platform (no Node built-ins) and generates from the bundle', async () => {
    const entry = `import { generateProject } from ${JSON.stringify(join(PACKAGE_DIR, 'src/browser.ts'))};
import { shopBoard } from ${JSON.stringify(join(PACKAGE_DIR, 'test/fixtureBoard.ts'))};
export const files = generateProject(shopBoard());`;
    const result = await build({
      stdin: { contents: entry, resolveDir: PACKAGE_DIR, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    // esbuild refuses Node built-ins for the browser platform, so building at all is the check.
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { files: Map<string, string> };
    expect(mod.files.get('sales/asyncapi.yaml')).toContain('orders.order-placed');
  }, 60_000);

  it('generates from embedded templates', async () => {
    const { generateProject, BUILTIN_TEMPLATES } = await import('../src/browser');
    const { shopBoard } = await import('./fixtureBoard');
    expect(Object.keys(BUILTIN_TEMPLATES)).toEqual(['spring', 'typescript']);
    expect(generateProject(shopBoard()).get('sales/openapi.yaml')).toContain('openapi: "3.1.0"');
    expect(generateProject(shopBoard(), { target: 'spring' }).get('sales/pom.xml')).toContain('<artifactId>spring-boot-starter-parent</artifactId>');
  });
});
