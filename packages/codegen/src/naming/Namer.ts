import { camelWords, kebabWords, pascalWords, words } from './words';

/**
 * Words that may not be used as a bare TypeScript/JavaScript binding or type name
 * (reserved words, strict-mode and contextual keywords, and built-in type names a
 * generated declaration would shadow).
 */
export const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with implements interface let package private protected public static yield await async of ' +
    'abstract any as asserts bigint boolean constructor declare get infer is keyof module namespace never ' +
    'readonly require number object set string symbol type undefined unique unknown from global satisfies ' +
    'accessor out arguments eval NaN Infinity Object Array String Number Boolean Symbol Function Error ' +
    'Promise Map Set Date JSON Math Record Partial Required Readonly Pick Omit Exclude Extract ReturnType ' +
    'Awaited Uint8Array RegExp URL process console globalThis prototype __proto__'
  ).split(' '),
);

/**
 * Property names every object inherits (Object.prototype): a record property with one of
 * these names fights the inherited member in TypeScript, so they get a `_` suffix.
 */
const INHERITED_PROPS = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** Lower-case names that are unsafe as file names on some platform (Windows device names). */
const RESERVED_FILE_NAMES = new Set(['con', 'prn', 'aux', 'nul', 'com1', 'com2', 'com3', 'com4', 'lpt1', 'lpt2', 'lpt3']);

/** `prop` is camelCase for JSON/TS property names, where reserved words are fine. */
export type Casing = 'pascal' | 'camel' | 'kebab' | 'prop';

const MAX_WORDS = 8;
const MAX_LENGTH = 60;

function render(ws: readonly string[], casing: Casing): string {
  const limited = ws.slice(0, MAX_WORDS);
  const raw = casing === 'pascal' ? pascalWords(limited) : casing === 'kebab' ? kebabWords(limited) : camelWords(limited);
  return raw.slice(0, MAX_LENGTH).replace(/-+$/, '');
}

/**
 * Told when a name would be a reserved word and got its role word in front instead
 * (`reserved` → `renamed`), so generation can warn: the contract then differs from the
 * code name people read on the board, and they should know.
 */
export type ReservedNameSink = (reserved: string, renamed: string) => void;

function isReserved(name: string, casing: Casing): boolean {
  if (casing === 'camel') return RESERVED_IDENTIFIERS.has(name);
  if (casing === 'pascal') return RESERVED_IDENTIFIERS.has(name) || RESERVED_IDENTIFIERS.has(name.charAt(0).toLowerCase() + name.slice(1));
  if (casing === 'prop') return INHERITED_PROPS.has(name);
  return false;
}

/**
 * A valid name for `text` in `casing`, not necessarily unique: ASCII letters and digits
 * only (plus "-" for kebab), starting with a letter, never a reserved word. A reserved
 * word gets the role word `fallback` in front, the same way everywhere (a command
 * "Delete" → `commandDelete`, a field "constructor" → `fieldConstructor`), and
 * `onReserved` hears of it; a PascalCase name counts as reserved when its camelCase
 * value would be (`Default` → `CommandDefault`, so `commandDefault` is safe too).
 */
export function safeName(text: string, casing: Casing, fallback: string, onReserved?: ReservedNameSink): string {
  let ws = words(text);
  if (ws.length === 0) ws = words(fallback);
  if (ws.length === 0) ws = ['item'];
  if (/^[0-9]/.test(ws[0] ?? '')) ws = [...words(fallback).slice(0, 1), ...ws];
  if (/^[0-9]/.test(ws[0] ?? '')) ws = ['n', ...ws];
  let name = render(ws, casing);
  if (isReserved(name, casing)) {
    const role = words(fallback);
    const prefixed = render([...(role.length > 0 ? role : ['the']), ...ws], casing);
    onReserved?.(name, prefixed);
    name = prefixed;
  }
  if (casing === 'kebab' && RESERVED_FILE_NAMES.has(name)) name = `${name}-x`;
  return name;
}

/** `Order` → `order` (with `_` appended when that is a reserved word, e.g. `delete_`). */
export function lowerFirst(pascal: string): string {
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return RESERVED_IDENTIFIERS.has(camel) ? `${camel}_` : camel;
}

/**
 * Hands out names that are unique within one namespace, compared case-insensitively
 * (two files differing only in case collide on macOS and Windows, and a PascalCase type
 * and its camelCase value stay paired). Names are built from the ASCII words of the text.
 */
export class Namer {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = [], private readonly onReserved?: ReservedNameSink) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  /** Reserves `name` as is (e.g. a fixed name the templates use). */
  reserve(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  isTaken(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  /** A fresh unique name for `text` in `casing`; `fallback` supplies words when text has none. */
  name(text: string, casing: Casing, fallback: string): string {
    return this.unique(safeName(text, casing, fallback, this.onReserved));
  }

  /** `base` made unique with a numeric suffix ("order", "order2", …; "v1" → "v1_2"). */
  unique(base: string): string {
    return this.uniqueFamily(base, [''])[0] ?? base;
  }

  /**
   * A PascalCase base name such that the base and every `base + suffix` are free,
   * all reserved at once (so `PlaceOrder` also claims `PlaceOrderRequest`).
   */
  family(text: string, fallback: string, suffixes: readonly string[]): string {
    const base = safeName(text, 'pascal', fallback, this.onReserved);
    return this.uniqueFamily(base, ['', ...suffixes])[0] ?? base;
  }

  private uniqueFamily(base: string, suffixes: readonly string[]): string[] {
    for (let n = 1; ; n += 1) {
      const stem = n === 1 ? base : /[0-9]$/.test(base) ? `${base}_${n}` : `${base}${n}`;
      const names = suffixes.map((s) => stem + s);
      if (names.every((name) => !this.taken.has(name.toLowerCase()))) {
        for (const name of names) this.taken.add(name.toLowerCase());
        return names;
      }
    }
  }
}
