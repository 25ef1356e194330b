import type { Json, JsonObject } from './jsonSchema';

/**
 * YAML text of a JSON document. A small emitter instead of a general YAML library: specs
 * are plain JSON data, this is ~10x faster, and its quoting is deliberately conservative:
 * a string is written plain only when no YAML 1.1 or 1.2 reader could take it for
 * anything else; otherwise as a JSON string (valid YAML double-quoted scalar) or, for
 * multi-line text, a literal block. Never folds lines, so diffs stay stable.
 */
export function toYaml(doc: JsonObject): string {
  if (Object.keys(doc).length === 0) return '{}\n';
  const out: string[] = [];
  writeMapping(doc, 0, out);
  return `${out.join('\n')}\n`;
}

/** Words YAML 1.1 reads as booleans or null (case-insensitively). */
const KEYWORDS = new Set(['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null', '~']);
const PLAIN = /^[A-Za-z_/$][A-Za-z0-9 _./$()+@,;=^-]*$/;
const NUMBERISH = /^[-+.]?(?:\d|\.(?:inf|nan))/i;
/** YAML 1.1 floats have every part optional: even "e0" or "." may read as a number. */
const FLOATISH = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/;

function plainOk(text: string): boolean {
  return PLAIN.test(text) && !text.endsWith(' ') && !/ #|: | -/.test(text) && !KEYWORDS.has(text.toLowerCase()) && !NUMBERISH.test(text) && !FLOATISH.test(text);
}

/** A literal block (`|-`) keeps multi-line prose readable; only for text it can hold exactly. */
function blockOk(text: string): boolean {
  return (
    text.includes('\n') &&
    !text.startsWith(' ') &&
    !text.startsWith('\n') &&
    !text.endsWith('\n') &&
    !text.endsWith(' ') &&
    // eslint-disable-next-line no-control-regex -- control characters need escapes, so JSON quoting
    !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))
  );
}

function scalar(value: Exclude<Json, Json[] | JsonObject>): string {
  if (typeof value === 'string') return plainOk(value) ? value : JSON.stringify(value);
  return value === null ? 'null' : String(value);
}

function key(name: string): string {
  return plainOk(name) && !name.includes(' ') ? name : JSON.stringify(name);
}

function isCollection(value: Json): value is Json[] | JsonObject {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: Json[] | JsonObject): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** `prefix value` on one line, or `prefix` followed by the nested block. */
function writeValue(prefix: string, value: Json, indent: number, out: string[]): void {
  if (!isCollection(value)) {
    if (typeof value === 'string' && !plainOk(value) && blockOk(value)) {
      out.push(`${prefix} |-`);
      const pad = ' '.repeat(indent + 2);
      for (const line of value.split('\n')) out.push(line === '' ? '' : `${pad}${line}`);
      return;
    }
    out.push(`${prefix} ${scalar(value)}`);
    return;
  }
  if (isEmpty(value)) {
    out.push(`${prefix} ${Array.isArray(value) ? '[]' : '{}'}`);
    return;
  }
  out.push(prefix);
  if (Array.isArray(value)) writeSequence(value, indent + 2, out);
  else writeMapping(value, indent + 2, out);
}

function writeMapping(map: JsonObject, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const [name, value] of Object.entries(map)) writeValue(`${pad}${key(name)}:`, value, indent, out);
}

function writeSequence(items: Json[], indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  for (const item of items) {
    if (isCollection(item) && !isEmpty(item)) {
      // First entry on the dash line, the rest aligned under it.
      const nested: string[] = [];
      if (Array.isArray(item)) writeSequence(item, indent + 2, nested);
      else writeMapping(item, indent + 2, nested);
      const [first = '', ...rest] = nested;
      out.push(`${pad}- ${first.slice(indent + 2)}`, ...rest);
    } else writeValue(`${pad}-`, item, indent, out);
  }
}
