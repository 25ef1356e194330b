import type { z } from 'zod';
import type { ErrorList, PathSegment } from './BoardFileError';
import { preview } from './BoardFileError';

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** What a JSON value is, in words, for "got …" messages. */
export function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a non-finite number';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Looks up the input value at a zod issue path (zod 4 does not keep inputs by default). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof key === 'symbol' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function quote(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

const toSegments = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((key) => (typeof key === 'symbol' ? String(key) : key));

/**
 * Turns zod issues into readable errors. `root` is the validated value and `prefix` the
 * path of `root` inside the file (e.g. `["board"]`).
 */
export function addZodIssues(errors: ErrorList, issues: readonly z.core.$ZodIssue[], root: unknown, prefix: readonly PathSegment[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...toSegments(issue.path)];
    switch (issue.code) {
      case 'invalid_type': {
        const got = valueAt(root, issue.path);
        const expected = ARTICLE[issue.expected] ?? issue.expected;
        if (got === undefined) errors.add(path, 'missing', expected);
        else errors.add(path, `wrong type: got ${jsonTypeOf(got)}`, expected);
        break;
      }
      case 'invalid_value': {
        const got = valueAt(root, issue.path);
        const shown = typeof got === 'string' ? JSON.stringify(preview(got)) : jsonTypeOf(got);
        const what = path[path.length - 1] === 'kind' ? 'kind' : 'value';
        errors.add(path, `unknown ${what} ${shown}`, `one of ${quote(issue.values)}`);
        break;
      }
      case 'too_big':
        if (issue.origin === 'string') {
          const got = valueAt(root, issue.path);
          const length = typeof got === 'string' ? ` (${got.length} characters)` : '';
          errors.add(path, `text too long${length}`, `at most ${issue.maximum} characters`);
        } else errors.add(path, 'too large', `at most ${issue.maximum}`);
        break;
      case 'too_small':
        if (issue.origin === 'string') errors.add(path, 'must not be empty', `at least ${issue.minimum} character(s)`);
        else errors.add(path, 'too small', issue.inclusive ? `at least ${issue.minimum}` : `greater than ${issue.minimum}`);
        break;
      case 'invalid_format': {
        const got = valueAt(root, issue.path);
        const shown = typeof got === 'string' ? ` ${JSON.stringify(preview(got))}` : '';
        errors.add(path, `badly formed value${shown}`, issue.message);
        break;
      }
      case 'invalid_key':
        errors.add(path, 'invalid key', issue.issues[0]?.message);
        break;
      default:
        errors.add(path, issue.message);
    }
  }
}
