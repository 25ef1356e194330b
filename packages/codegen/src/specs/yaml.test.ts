import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonObject } from './jsonSchema';
import { toYaml } from './yaml';

describe('toYaml', () => {
  it('writes readable YAML', () => {
    const doc = { openapi: '3.1.0', info: { title: 'Sales service', description: 'Line one.\n\nLine two.' }, tags: [{ name: 'Order', list: ['a', 'b'] }], empty: {}, none: [], count: 3, ok: true, nil: null };
    expect(toYaml(doc)).toBe(
      [
        'openapi: "3.1.0"',
        'info:',
        '  title: Sales service',
        '  description: |-',
        '    Line one.',
        '',
        '    Line two.',
        'tags:',
        '  - name: Order',
        '    list:',
        '      - a',
        '      - b',
        'empty: {}',
        'none: []',
        'count: 3',
        'ok: true',
        'nil: null',
        '',
      ].join('\n'),
    );
  });

  it('quotes anything a YAML 1.1 or 1.2 reader could misread', () => {
    for (const text of ['yes', 'No', 'on', 'null', '~', '1.0', '-1', '.inf', '0x1F', 'a: b', 'a #b', '- x', '@x', '`x`', '"q"', "'q'", '*ref', '&a', '!tag', '%x', '{x}', '[x]', '', ' x', 'x ']) {
      expect(toYaml({ v: text }), text).toBe(`v: ${JSON.stringify(text)}\n`);
    }
  });

  it('round-trips any JSON document', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const doc = fc.dictionary(fc.string({ unit: 'binary' }), json).filter((d) => !Object.hasOwn(d, '__proto__'));
    fc.assert(
      fc.property(doc, (d) => {
        expect(parse(toYaml(d as JsonObject), { version: '1.2' })).toEqual(JSON.parse(JSON.stringify(d)));
        expect(parse(toYaml(d as JsonObject), { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(d)));
      }),
      { numRuns: 300 },
    );
  });
});
