// A Map, not an object literal: words like "constructor" must not find Object.prototype members.
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries({
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  mouse: 'mice',
  goose: 'geese',
  tooth: 'teeth',
  foot: 'feet',
  criterion: 'criteria',
  datum: 'data',
  analysis: 'analyses',
}));
const UNCOUNTABLE = new Set(['data', 'information', 'equipment', 'inventory', 'stock', 'staff', 'news', 'series', 'feedback']);

/** English plural of one lower-case word, good enough for REST collection names. */
export function pluralWord(word: string): string {
  if (word.length === 0) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (UNCOUNTABLE.has(word) || /(ies|ses|xes|ches|shes|ings)$/.test(word)) return word;
  if (/[^s]s$/.test(word) && word.length > 3 && !/(us|is|ss)$/.test(word)) return word; // already plural
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]o$/.test(word) && !/(photo|memo|logo|video|audio|radio|zoo)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Plural of a phrase's last word: ["book", "copy"] → ["book", "copies"]. */
export function pluralWords(ws: readonly string[]): string[] {
  if (ws.length === 0) return [];
  const last = ws[ws.length - 1] ?? '';
  return [...ws.slice(0, -1), pluralWord(last)];
}
