/**
 * Splitting free text (sticky names) into ASCII words. Everything generated is named from
 * these words, so hostile input (quotes, newlines, emoji, `../`, RTL marks) never reaches
 * an identifier, a path or a URL.
 */

/** Latin letters with diacritics fold to their base letter; everything else non-ASCII goes. */
function foldToAscii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

/**
 * The ASCII words of `text`: camelCase humps and digit runs split, lower-cased.
 * "Place Order", "placeOrder" and "place_order!" all give ["place", "order"].
 */
export function words(text: string): string[] {
  const ascii = foldToAscii(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return ascii
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** "place order" → "PlaceOrder" (may be empty or start with a digit; see Namer). */
export function pascalWords(ws: readonly string[]): string {
  return ws.map(capitalise).join('');
}

/** "place order" → "placeOrder". */
export function camelWords(ws: readonly string[]): string {
  const [first, ...rest] = ws;
  return first === undefined ? '' : first + rest.map(capitalise).join('');
}

/** "place order" → "place-order". */
export function kebabWords(ws: readonly string[]): string {
  return ws.join('-');
}

export const pascalCase = (text: string): string => pascalWords(words(text));
export const camelCase = (text: string): string => camelWords(words(text));
export const kebabCase = (text: string): string => kebabWords(words(text));

/** Text on one line, collapsed whitespace, control and bidi characters removed. */
export function oneLine(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
