import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialiseBoard } from '@stormscape/model';
import type { Finding } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { afterAll, describe, expect, it } from 'vitest';
import { FixtureBuilder, shopBoard } from '../../test/fixtureBoard';
import { PACKAGE_DIR, scratchDir } from '../../test/files';
import { lintSummary, main } from './main';

const dir = scratchDir('cli');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir });
  return { code, stdout, stderr };
}

writeFileSync(join(dir, 'shop.storm.json'), serialiseBoard(shopBoard()));

describe('stormscape CLI', () => {
  it('prints usage and exits 2 without a command', () => {
    expect(run()).toMatchObject({ code: 2, stdout: expect.stringContaining('Usage: stormscape') });
    expect(run('--help').code).toBe(0);
    expect(run('frobnicate', 'x').code).toBe(2);
    expect(run('generate', 'shop.storm.json', '--bogus').stderr).toContain('unknown option --bogus');
  });

  it('generates one folder per context plus an index README, with progress', () => {
    const result = run('generate', 'shop.storm.json', '--out', 'out');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('[1/2] Sales');
    expect(result.stderr).toContain('[2/2] Shipping');
    for (const path of ['README.md', 'sales/openapi.yaml', 'sales/asyncapi.yaml', 'sales/Dockerfile', 'shipping/src/generated/service.ts']) {
      expect(existsSync(join(dir, 'out', path)), path).toBe(true);
    }
  });

  it('generates Spring Boot projects with --target spring, keeping hand-written handlers', () => {
    const result = run('generate', 'shop.storm.json', '--out', 'spring', '--target', 'spring');
    expect(result.code, result.stderr).toBe(0);
    for (const path of ['pom.xml', 'sales/pom.xml', 'sales/openapi.yaml', 'sales/src/main/java/stormscape/sales/Application.java', 'sales/src/main/resources/db/migration/V1__schema.sql']) {
      expect(existsSync(join(dir, 'spring', path)), path).toBe(true);
    }
    const handler = join(dir, 'spring/sales/src/main/java/stormscape/sales/handlers/PlaceOrderHandler.java');
    writeFileSync(handler, '// mine');
    const again = run('generate', 'shop.storm.json', '--out', 'spring', '--target', 'spring');
    expect(again.stderr).toMatch(/kept \d+ hand-written/);
    expect(readFileSync(handler, 'utf8')).toBe('// mine');
    expect(run('generate', 'shop.storm.json', '--out', 'x', '--target', 'cobol').stderr).toContain('unknown --target cobol (known: typescript, spring)');
  });

  it('generates each context as the target decided on the board; --target overrides it', () => {
    const board = shopBoard();
    board.contexts = board.contexts.map((c) => (c.name === 'Shipping' ? { ...c, target: 'spring' as const } : c));
    writeFileSync(join(dir, 'mixed.storm.json'), serialiseBoard(board));
    expect(run('generate', 'mixed.storm.json', '--out', 'mixed').code).toBe(0);
    expect(existsSync(join(dir, 'mixed/shipping/pom.xml'))).toBe(true);
    expect(existsSync(join(dir, 'mixed/sales/src/generated/service.ts'))).toBe(true);
    expect(run('generate', 'mixed.storm.json', '--out', 'all-ts', '--target', 'typescript').code).toBe(0);
    expect(existsSync(join(dir, 'all-ts/shipping/pom.xml'))).toBe(false);
    expect(existsSync(join(dir, 'all-ts/shipping/src/generated/service.ts'))).toBe(true);
    expect(run('--help').stdout.replace(/\s+/g, ' ')).toContain('--target overrides that for every context');
  });

  it('generates only the contexts asked for, by name or id', () => {
    expect(run('generate', 'shop.storm.json', '--out', 'one', '--context', 'shipping').code).toBe(0);
    expect(existsSync(join(dir, 'one/shipping/openapi.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'one/sales'))).toBe(false);
  });

  it('exits 2 and writes nothing for invalid or unreadable input', () => {
    writeFileSync(join(dir, 'bad.storm.json'), '{"format":"stormscape.board","version":1,"board":{"name":3}}');
    const bad = run('generate', 'bad.storm.json', '--out', 'bad-out');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a valid board file:\n {2}\$\.board/);
    expect(existsSync(join(dir, 'bad-out'))).toBe(false);
    writeFileSync(join(dir, 'broken.storm.json'), '{ nope');
    expect(run('generate', 'broken.storm.json', '--out', 'bad-out').code).toBe(2);
    expect(run('generate', 'missing.storm.json', '--out', 'bad-out').stderr).toContain('cannot read missing.storm.json');
    const unknown = run('generate', 'shop.storm.json', '--out', 'bad-out', '--context', 'Billing');
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('No bounded context named "Billing"') });
    expect(run('generate', 'shop.storm.json').stderr).toContain('needs --out');
    expect(existsSync(join(dir, 'bad-out'))).toBe(false);
  });

  it('overrides templates by relative path with --templates', () => {
    mkdirSync(join(dir, 'tpl/[context]'), { recursive: true });
    writeFileSync(join(dir, 'tpl/[context]/README.md.hbs'), '# Custom {{md name}}\n');
    writeFileSync(join(dir, 'tpl/[context]/NOTES.txt.hbs'), '{{slug}} has {{operations.length}} operations\n');
    expect(run('generate', 'shop.storm.json', '--out', 'custom', '--templates', 'tpl').code).toBe(0);
    expect(readFileSync(join(dir, 'custom/sales/README.md'), 'utf8')).toBe('# Custom Sales\n');
    expect(readFileSync(join(dir, 'custom/sales/NOTES.txt'), 'utf8')).toBe('sales has 6 operations\n');
    expect(readFileSync(join(dir, 'custom/sales/openapi.yaml'), 'utf8')).toContain('openapi: "3.1.0"');
  });

  it('lints: exit 0 for a clean board, 1 when there are errors', () => {
    const example = getExample('library-lending');
    if (!example) throw new Error('missing example');
    writeFileSync(join(dir, 'library.storm.json'), serialiseBoard(example.board));
    expect(run('lint', 'library.storm.json').code).toBe(0);
    const b = new FixtureBuilder('Broken');
    const ctx = b.context('Sales');
    b.sticky('command', 'Place Order', ctx);
    b.sticky('event', 'Order Placed', null);
    writeFileSync(join(dir, 'broken-design.storm.json'), serialiseBoard(b.board));
    const result = run('lint', 'broken-design.storm.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error +C1/);
  });

  it('generate sums up the design-level lint: errors and warnings by rule, pointing at lint', () => {
    const example = getExample('library-lending');
    if (!example) throw new Error('missing example');
    const board = structuredClone(example.board);
    // The slip A3 names: a field that looks like the identity under another name.
    const account = board.stickies.find((s) => s.kind === 'aggregate' && s.text === 'Fine Account');
    const field = account?.fields?.find((f) => f.name === 'fineAccountId');
    if (!field) throw new Error('missing field');
    field.name = 'accountId';
    writeFileSync(join(dir, 'slip.storm.json'), serialiseBoard(board));
    const result = run('generate', 'slip.storm.json', '--out', 'slip', '--quiet');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: design-level lint: \d+ warnings \(.*A3 ×1.*\); see `stormscape lint slip\.storm\.json`/);
    expect(lintSummary([])).toBeNull();
    const finding = (ruleId: Finding['ruleId'], severity: Finding['severity']): Finding => ({ ruleId, severity, message: '', ids: [] });
    expect(lintSummary([finding('C1', 'error'), finding('A3', 'warning'), finding('C1', 'error'), finding('O2', 'info')])).toBe('design-level lint: 2 errors (C1 ×2), 1 warning (A3 ×1)');
  });

  it('prints one context\'s OpenAPI or AsyncAPI document', () => {
    expect(run('openapi', 'shop.storm.json', '--context', 'Sales').stdout).toMatch(/^openapi: "3\.1\.0"\n/);
    expect(run('asyncapi', 'shop.storm.json', '--context', 'ctx2').stdout).toMatch(/^asyncapi: "3\.0\.0"\n/);
    expect(run('openapi', 'shop.storm.json').code).toBe(2);
  });

  it('runs as a bin (npx stormscape)', () => {
    const result = spawnSync(process.execPath, [join(PACKAGE_DIR, 'bin/stormscape.mjs'), 'asyncapi', join(dir, 'shop.storm.json'), '--context', 'Sales'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('orders.order-placed');
  });
});
