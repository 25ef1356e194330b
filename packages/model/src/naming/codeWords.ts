import { toAscii } from './transliterate';

/**
 * The ASCII words of a name, for code: transliterated (see {@link toAscii}), split at
 * non-alphanumerics, camelCase humps and letter/digit changes, lower-cased.
 * "Place Order", "placeOrder" and "place_order!" all give ["place", "order"];
 * "주문 접수됨" gives ["jumun", "jeopsudoem"]. Hostile input (quotes, newlines, `../`,
 * bidi marks) never survives into a word.
 */
export function codeWords(text: string): string[] {
  const ascii = toAscii(text.normalize('NFC'))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return ascii
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** ["place", "order"] → "PlaceOrder" (may be empty or start with a digit). */
export function pascalWords(ws: readonly string[]): string {
  return ws.map(capitalise).join('');
}

/** ["place", "order"] → "placeOrder". */
export function camelWords(ws: readonly string[]): string {
  const [first, ...rest] = ws;
  return first === undefined ? '' : first + rest.map(capitalise).join('');
}

/** ["place", "order"] → "place-order". */
export function kebabWords(ws: readonly string[]): string {
  return ws.join('-');
}
