import { safeName } from './Namer';

/**
 * Java identifiers from the plan's names. The plan's names are already ASCII identifiers
 * that are never TypeScript reserved words; Java reserves a few more (`int`, `native`,
 * `record`, …) and `_`, so those get a `_` suffix here — the JSON names stay the plan's.
 */
export const JAVA_RESERVED: ReadonlySet<string> = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum ' +
    'extends final finally float for goto if implements import instanceof int interface long native new ' +
    'package private protected public return short static strictfp super switch synchronized this throw ' +
    'throws transient try void volatile while true false null var yield record sealed permits non-sealed when _'
  ).split(' '),
);

/** `name` as a Java identifier (field, method, parameter or package segment). */
export function javaIdent(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9_$]/g, '_');
  const start = /^[A-Za-z_$]/.test(ascii) ? ascii : `_${ascii}`;
  return JAVA_RESERVED.has(start) ? `${start}_` : start;
}

/** Whether `name` is a valid Java identifier that is not a reserved word. */
export function isJavaIdent(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !JAVA_RESERVED.has(name);
}

/**
 * The Java package of a context's service: `stormscape.<context code name>`, lower case
 * (package segments are conventionally lower case; the context's camel name is unique).
 */
export function javaPackage(contextCamel: string): string {
  return `stormscape.${javaIdent(contextCamel.toLowerCase())}`;
}

/** A Java string literal (JSON escapes are valid Java escapes, except `\/`, which JSON.stringify never writes). */
export function javaString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Maven groupId of a board's services: `stormscape.<board slug>` (services of different boards can share a reactor). */
export function mavenGroup(boardName: string): string {
  return `stormscape.${safeName(boardName, 'kebab', 'board')}`;
}
