import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipTextFiles } from './zip';

describe('zipTextFiles', () => {
  const files = [
    ['README.md', '# Services\n'],
    ['ordering/openapi.yaml', 'openapi: 3.1.0\ntitle: "Bestellung — 🍕"\n'],
    ['ordering/src/generated/types.ts', 'export type Id = string;\n'],
  ] as const;

  it('round-trips paths and UTF-8 content', () => {
    const out = unzipSync(zipTextFiles(files));
    expect(Object.keys(out).sort()).toEqual(files.map(([p]) => p).sort());
    for (const [path, content] of files) expect(strFromU8(out[path]!)).toBe(content);
  });

  it('is deterministic (fixed timestamps)', () => {
    expect(zipTextFiles(files)).toEqual(zipTextFiles(files));
  });

  it('zips an empty project', () => {
    expect(Object.keys(unzipSync(zipTextFiles([])))).toEqual([]);
  });

  it.each(['../evil.txt', '/abs.txt', 'a//b.txt', 'a/./b.txt', ''])('refuses the unsafe path %j', (path) => {
    expect(() => zipTextFiles([[path, 'x']])).toThrow(/unsafe path/);
  });
});
