// Word stems for matching a command's words with an event's.

/** A rough stem for matching "Cancel" with "Cancelled" and "Authorisation" with "Authorised". */
export function stem(word: string): string {
  let w = word;
  for (const suffix of ['isation', 'ization', 'ation', 'ment', 'ing', 'ied', 'ed', 'es', 's', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (/([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
