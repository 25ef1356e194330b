/**
 * A font size that lets `text` fill a sticky of the given size without overflowing,
 * computed from character counts (no DOM measuring: it runs for thousands of stickies).
 */
export function autoFontSize(text: string, width: number, height: number): number {
  const w = Math.max(20, width - 16);
  const h = Math.max(16, height - 26);
  const chars = Math.max(text.length, 6);
  // An average glyph is about 0.55em wide and a line 1.25em tall.
  const byArea = Math.sqrt((w * h) / (chars * 0.6 * 1.3));
  const longestWord = text.split(/\s+/).reduce((max, word) => Math.max(max, word.length), 1);
  const byWord = w / (longestWord * 0.6);
  return Math.max(9, Math.min(22, byArea, byWord));
}
