// Pairing a command's verb with the past form in an event's name ("Pay Fine" → "Fine Paid").

/** Common irregular pasts, so "Pay Fine" pairs with "Fine Paid". */
const IRREGULAR_PAIRS: Readonly<Record<string, readonly string[]>> = {
  pay: ['paid'], repay: ['repaid'], prepay: ['prepaid'], lay: ['laid'], send: ['sent'], resend: ['resent'],
  make: ['made'], buy: ['bought'], sell: ['sold'], resell: ['resold'], take: ['taken', 'took'], give: ['given', 'gave'],
  write: ['written', 'wrote'], hold: ['held'], keep: ['kept'], lend: ['lent'], spend: ['spent'], build: ['built'],
  rebuild: ['rebuilt'], find: ['found'], get: ['got', 'gotten'], lose: ['lost'], leave: ['left'], tell: ['told'],
  bring: ['brought'], begin: ['begun', 'began'], choose: ['chosen', 'chose'], break: ['broken', 'broke'],
  withdraw: ['withdrawn', 'withdrew'], meet: ['met'], win: ['won'], sign: ['signed'], do: ['done', 'did'],
  undo: ['undone'], redo: ['redone'], see: ['seen'], draw: ['drawn'], throw: ['thrown'], show: ['shown'],
  know: ['known'], grow: ['grown'], forgive: ['forgiven'], freeze: ['frozen'], unfreeze: ['unfrozen'],
  run: ['ran', 'run'], rerun: ['rerun'], set: ['set'], reset: ['reset'], put: ['put'], cut: ['cut'],
  shut: ['shut'], quit: ['quit'], read: ['read'], split: ['split'], upset: ['upset'], bid: ['bid'], cast: ['cast'],
  forecast: ['forecast'], broadcast: ['broadcast'], feed: ['fed'], lead: ['led'], speak: ['spoken'], steal: ['stolen'],
  wake: ['woken'], wear: ['worn'], tear: ['torn'], swear: ['sworn'], hide: ['hidden'], ride: ['ridden'], drive: ['driven'],
  eat: ['eaten'], fall: ['fallen'], beat: ['beaten'], bite: ['bitten'], shake: ['shaken'], rise: ['risen'], arise: ['arisen'],
};
/** A Map, so a command starting with "constructor" or "toString" finds nothing inherited. */
const IRREGULAR = new Map(Object.entries(IRREGULAR_PAIRS));

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);

/** Whether `word` (from an event) is a past form of the verb `verb` (from a command). */
function isPastOf(word: string, verb: string): boolean {
  if (IRREGULAR.get(verb)?.includes(word)) return true;
  // place → placed, apply → applied, cancel → cancelled, submit → submitted.
  const stem = verb.replace(/e$/, '').replace(/y$/, '');
  return stem.length >= 2 && word.length > verb.length - 1 && word.startsWith(stem) && /(ed|d|ied)$/.test(word);
}

/** Whether an event's name holds the past of the command's first word ("Add Item" → "Item Added"). */
export function namesPair(command: string, event: string): boolean {
  const verb = words(command)[0];
  return verb !== undefined && words(event).some((w) => isPastOf(w, verb));
}
