import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';

const at = (text: string) => {
  const error = findJsonSyntaxError(text);
  return error && { line: error.line, column: error.column, message: error.message };
};

describe('findJsonSyntaxError', () => {
  it('returns null for valid JSON, including every kind of value and escape', () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e+3', '"\\u00e9\\n\\"\\\\\\/"', '{"a":[true,false,null,{"b":[]}]}\n']) {
      expect(findJsonSyntaxError(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('says where and what for common mistakes', () => {
    expect(at('{\n  "a": 1,\n}')).toEqual({ line: 3, column: 1, message: expect.stringContaining('trailing commas') });
    expect(at('[1, 2,]')).toMatchObject({ line: 1, column: 7, message: expect.stringContaining('trailing commas') });
    expect(at('{"a" 1}')).toMatchObject({ column: 6, message: expect.stringContaining("expected ':'") });
    expect(at("{'a': 1}")).toMatchObject({ column: 2, message: expect.stringContaining('property name in double quotes') });
    expect(at('{"a": 1 "b": 2}')).toMatchObject({ column: 9, message: "expected ',' or '}' but found \"\\\"\"" });
    expect(at('{"a": tru}')).toMatchObject({ column: 7, message: expect.stringContaining('expected a value') });
    expect(at('{"a": 1} x')).toMatchObject({ column: 10, message: expect.stringContaining('after the end') });
    expect(at('{"a": [1, 2}')).toMatchObject({ column: 12, message: expect.stringContaining('does not close') });
    expect(at('"a\\x"')).toMatchObject({ column: 3, message: expect.stringContaining('bad escape') });
    expect(at('"a\nb"')).toMatchObject({ line: 1, column: 3, message: expect.stringContaining('control character') });
    expect(at('"\\u12"')).toMatchObject({ message: expect.stringContaining('four hex digits') });
    expect(at('01')).toMatchObject({ column: 2 });
  });

  it('reports unclosed brackets and strings with where they started', () => {
    expect(at('{\n "a": [1,\n 2')).toMatchObject({ line: 3, message: expect.stringContaining("the \"[\" at line 2, column 7 is never closed") });
    expect(at('{"a": "open')).toMatchObject({ message: 'unterminated string (it starts at line 1, column 7)' });
    expect(at('')).toMatchObject({ message: 'the file is empty' });
    expect(at('  \n ')).toMatchObject({ message: 'the file is empty' });
  });

  it('copes with hostile nesting depth without overflowing the stack', () => {
    expect(at('['.repeat(200_000))).toMatchObject({ message: expect.stringContaining('never closed') });
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeNull();
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
