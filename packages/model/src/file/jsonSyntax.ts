/** Where a text stops being JSON, with a sentence a person can act on. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** 1-based line and column (in UTF-16 code units) of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type State = 'value' | 'valueOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'afterValue';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9A-Fa-f]{4}$/;

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  return JSON.stringify(ch);
}

/**
 * Finds the first syntax error in `text` (strict JSON, RFC 8259). Only called after
 * `JSON.parse` failed, because V8's messages do not always say where. Iterative, so a
 * deeply nested hostile file cannot overflow the stack. Returns null for valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const open: { ch: '{' | '['; at: number }[] = [];
  let i = 0;
  let state: State = 'value';
  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, ...lineAndColumn(text, offset), message });
  const skipWs = () => {
    while (i < text.length) {
      const c = text[i];
      if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
      i++;
    }
  };
  const scanString = (): JsonSyntaxError | null => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) {
        const at = lineAndColumn(text, start);
        return fail(i, `unterminated string (it starts at line ${at.line}, column ${at.column})`);
      }
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code < 0x20) return fail(i, 'control character (such as a raw line break) inside a string; write it as an escape like \\n');
      if (code === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return fail(i, 'bad \\u escape: expected four hex digits');
          i += 6;
        } else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else return fail(i, `bad escape \\${next ?? ''} in a string`);
      } else i++;
    }
  };
  const closeAt = (ch: '}' | ']') => {
    const top = open.pop();
    if (top && (top.ch === '{') !== (ch === '}')) return fail(i, `${describe(ch)} does not close the ${describe(top.ch)} opened at ${where(top.at)}`);
    i++;
    state = 'afterValue';
    return null;
  };
  const where = (offset: number) => {
    const at = lineAndColumn(text, offset);
    return `line ${at.line}, column ${at.column}`;
  };

  for (;;) {
    skipWs();
    const c = text[i];
    if (c === undefined && !(state === 'afterValue' && open.length === 0)) {
      const top = open[open.length - 1];
      if (text.trim() === '') return fail(i, 'the file is empty');
      return fail(i, top ? `unexpected end of file: the ${describe(top.ch)} at ${where(top.at)} is never closed` : 'unexpected end of file');
    }
    switch (state) {
      case 'valueOrEnd':
      case 'keyOrEnd':
        if (c === (state === 'valueOrEnd' ? ']' : '}')) {
          const err = closeAt(c);
          if (err) return err;
          break;
        }
        state = state === 'valueOrEnd' ? 'value' : 'key';
        break;
      case 'value': {
        if (c === '{' || c === '[') {
          open.push({ ch: c, at: i });
          i++;
          state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        if (c === '"') {
          const err = scanString();
          if (err) return err;
          state = 'afterValue';
          break;
        }
        NUMBER.lastIndex = i;
        if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && NUMBER.test(text)) {
          i = NUMBER.lastIndex;
          state = 'afterValue';
          break;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          state = 'afterValue';
          break;
        }
        if (c === ']' || c === '}') return fail(i, `expected a value but found ${describe(c)} (trailing commas are not allowed in JSON)`);
        return fail(i, `expected a value (object, array, string, number, true, false or null) but found ${describe(c)}`);
      }
      case 'key': {
        if (c !== '"') {
          const hint = c === '}' ? ' (trailing commas are not allowed in JSON)' : '';
          return fail(i, `expected a property name in double quotes but found ${describe(c)}${hint}`);
        }
        const err = scanString();
        if (err) return err;
        state = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return fail(i, `expected ':' after the property name but found ${describe(c)}`);
        i++;
        state = 'value';
        break;
      case 'afterValue': {
        const top = open[open.length - 1];
        if (!top) {
          if (i >= text.length) return null;
          return fail(i, `unexpected ${describe(c)} after the end of the JSON document`);
        }
        if (c === ',') {
          i++;
          state = top.ch === '{' ? 'key' : 'value';
          break;
        }
        if (c === '}' || c === ']') {
          const err = closeAt(c);
          if (err) return err;
          break;
        }
        return fail(i, `expected ',' or '${top.ch === '{' ? '}' : ']'}' but found ${describe(c)}`);
      }
    }
  }
}
