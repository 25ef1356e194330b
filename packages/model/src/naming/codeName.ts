import { CODE_NAME_MAX_LENGTH } from '../schema/CodeName';
import { camelWords, codeWords } from './codeWords';

/** Most words a derived code name keeps (long sticky texts are sentences). */
const MAX_DERIVED_WORDS = 8;

/** Something with a code name: a sticky (display text `text`) or a context (`name`). */
export type Named =
  | { readonly kind: string; readonly text: string; readonly codeName?: string | undefined }
  | { readonly name: string; readonly codeName?: string | undefined };

const displayText = (item: Named): string => ('text' in item ? item.text : item.name);
const roleWord = (item: Named): string => ('kind' in item ? item.kind : 'context');

/**
 * The code name derived from display text: transliterated words in camelCase, at most
 * eight words and {@link CODE_NAME_MAX_LENGTH} characters. Starts with `role` when the
 * text gives no words or starts with a digit ("3D Print" → "command3dPrint").
 */
export function deriveCodeName(text: string, role: string): string {
  const ws = codeWords(text).slice(0, MAX_DERIVED_WORDS);
  const start = ws[0];
  if (start === undefined || /^[0-9]/.test(start)) ws.unshift(...codeWords(role));
  return camelWords(ws).slice(0, CODE_NAME_MAX_LENGTH);
}

/**
 * The code name of a sticky or context: the one people set, else derived from its display
 * text ({@link deriveCodeName}). Every generated identifier, path and channel of the item
 * is built from it, so the same item always gets the same names.
 */
export function codeNameOf(item: Named): string {
  return item.codeName ?? deriveCodeName(displayText(item), roleWord(item));
}

/** Whether {@link codeNameOf} is derived (nobody set one). */
export function isCodeNameDerived(item: Named): boolean {
  return item.codeName === undefined;
}

/**
 * Whether derivation had to guess: the text holds letters or symbols outside Latin script
 * (transliterated: a person may prefer a translation) or gives no words at all.
 */
export function codeNameNeedsReview(item: Named): boolean {
  if (!isCodeNameDerived(item)) return false;
  const text = displayText(item);
  return codeWords(text).length === 0 || /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]|\p{Extended_Pictographic}/u.test(text);
}

/**
 * Key under which two names count as the same: their code words. Lint (A2, duplicate
 * names) and codegen (merging aggregates, matching event copies) both use it, so they
 * agree: "Place Order", "place order" and "PlaceOrder" are the same name.
 */
export function sameNameKey(text: string): string {
  const ws = codeWords(text);
  // Text in a script no table covers has no code words: compare it as text instead.
  return ws.length > 0 ? ws.join(' ') : text.replace(/\s+/g, ' ').trim().toLowerCase();
}
