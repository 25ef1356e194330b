// Heuristics for rule N1: events read as past tense ("Order Placed"), commands as
// imperatives ("Place Order"). English only, deliberately forgiving: N1 is info.

/** Irregular past tenses and participles (base forms that equal their past are in BASE_TOO). */
const IRREGULAR_PAST = new Set(
  `arisen arose awoke awoken been beaten became begun bent bet bid bitten bled blew blown bore borne born
  bought bound bred broke broken brought built burnt burst cast caught chose chosen clung came cost crept
  cut dealt did done drew drawn dreamt drank drunk drove driven dug ate eaten fell fallen fed felt fought
  found fled flung flew flown forbade forbidden forecast forgot forgotten forgave forgiven froze frozen got
  gotten gave given went gone ground grew grown hung had heard hid hidden hit held hurt kept knelt knew
  known laid led leapt learnt left lent let lit lost made meant met paid put quit read rid rode ridden rang
  rung rose risen ran run said saw seen sought sold sent set sewn shook shaken shed shone shot shown shut
  sang sung sank sunk sat slept slid slung spoke spoken sped spelt spent spilt spun split spread sprang
  sprung stood stole stolen stuck stung stank struck strung swore sworn swept swelled swollen swam swum
  swung took taken taught tore torn told thought threw thrown thrust trod understood upset woke woken wore
  worn wove woven wept won wound withdrew withdrawn wrote written`.split(/\s+/),
);

/** Irregular verbs whose base form is also their past: fine as the first word of a command. */
const BASE_TOO = new Set(
  'bet bid broadcast burst cast cost cut forecast hit hurt let put quit read reset rid run set shed shut split spread thrust upset'.split(' '),
);

/** Words ending in "ed" that are not past tenses. */
const NOT_PAST_ED = new Set(
  'bed bleed breed creed deed embed feed greed heed hundred kindred naked need red reed sacred seed shed shred sled speed steed weed wicked'.split(' '),
);

/** Base verbs ending in "ing" (not gerunds). */
const ING_VERBS = new Set('bring cling ding fling ping ring sing spring sting string swing wring'.split(' '));

const PREFIXES = ['re', 'un', 'pre', 'over', 'under', 'mis', 'out', 'with', 'up', 'co', 'de', 'dis', 'sub', 'auto'];

/** Words linking a command's verb to a state ("Mark As Paid", "Set To Completed"). */
const LINKING = new Set(['as', 'to', 'into', 'for', 'with', 'by']);

function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Whether one word reads as a past tense or past participle. */
export function isPastTenseWord(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PAST.has(w)) return true;
  const last = w.includes('-') ? (w.split('-').pop() as string) : w;
  if (last.length >= 4 && last.endsWith('ed') && !NOT_PAST_ED.has(last)) return true;
  return PREFIXES.some((p) => w.startsWith(p) && IRREGULAR_PAST.has(w.slice(p.length)));
}

/** Whether an event name reads as something that happened: some word is a past tense. */
export function looksPastTense(name: string): boolean {
  const ws = words(name);
  return ws.length === 0 || ws.some(isPastTenseWord);
}

/**
 * Whether a command name reads as an imperative: its first word is not a past tense
 * ("Placed Order"), a gerund ("Placing Order") or a third person ("Places Order"), and
 * it does not end in a past tense like an event ("Order Placed"), unless a linking word
 * shows a target state ("Mark Order As Paid").
 */
export function looksImperative(name: string): boolean {
  const ws = words(name);
  const first = ws[0];
  if (first === undefined) return true;
  if (isPastTenseWord(first) && !BASE_TOO.has(first)) return false;
  if (first.length > 5 && first.endsWith('ing') && !ING_VERBS.has(first)) return false;
  if (/[^su]s$/.test(first) && !/(ss|us|is|as)$/.test(first) && first.length > 3) return false;
  const last = ws[ws.length - 1] as string;
  if (ws.length > 1 && isPastTenseWord(last) && !BASE_TOO.has(last)) {
    return ws.slice(1, -1).some((w) => LINKING.has(w));
  }
  return true;
}
