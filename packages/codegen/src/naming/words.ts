/**
 * Words of free text (sticky names) for code. The splitting and transliteration live in the
 * model (`codeWords`), so lint, codegen and the canvas agree on a name's words; hostile
 * input (quotes, newlines, `../`, RTL marks) never reaches an identifier, a path or a URL.
 */
import { camelWords, codeWords, kebabWords, pascalWords } from '@stormscape/model';

export { camelWords, kebabWords, pascalWords };

/** The ASCII words of `text` (transliterated): "Place Order" → ["place", "order"]. */
export const words = codeWords;

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

/** Display name of a sticky: its text on one line (empty when blank). */
export const displayName = (sticky: { readonly text: string }): string => oneLine(sticky.text);
