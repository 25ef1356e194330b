/** Height a sticky's padding, border and kind label take from its text. */
export const STICKY_CHROME_HEIGHT = 26;
/** Height of the badge row (pivotal, policy mode…) when a sticky shows one. */
export const STICKY_BADGES_HEIGHT = 16;

const MAX_SIZE = 22;
const MIN_SIZE = 9;
/** An average glyph is about 0.6em wide (a little generous, so estimates err on fitting). */
export const GLYPH_EM = 0.6;
export const LINE_EM = 1.25;

/** Lines `text` takes when wrapped at `perLine` characters (words kept whole when they fit). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= perLine) line = need;
      else if (word.length <= perLine) {
        count++;
        line = word.length;
      } else {
        // A word longer than a line breaks anywhere (overflow-wrap: anywhere).
        const rest = (line === 0 ? 0 : line + 1) + word.length;
        count += Math.ceil(rest / perLine) - 1;
        line = rest % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/** The room the text has in a box of the given size less `reserved` height (padding, label, badges). */
export function textRoom(width: number, height: number, reserved: number): { width: number; height: number } {
  return { width: Math.max(20, width - 18), height: Math.max(16, height - reserved) };
}

/** Characters per line at `fontSize` in a text room `width` wide. */
export const charsPerLine = (width: number, fontSize: number): number => Math.max(1, Math.floor(width / (fontSize * GLYPH_EM)));

/**
 * The lines `text` wraps into at `perLine` characters: the same breaks `wrappedLines`
 * counts (words kept whole when they fit, longer words broken anywhere), for the export.
 */
export function wrapLines(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!line && word.length <= perLine) line = word;
      else if (line && line.length + 1 + word.length <= perLine) line += ` ${word}`;
      else if (word.length <= perLine) {
        lines.push(line);
        line = word;
      } else {
        let rest = line ? `${line} ${word}` : word;
        while (rest.length > perLine) {
          lines.push(rest.slice(0, perLine));
          rest = rest.slice(perLine);
        }
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The largest font size (9–22 px) at which `text`, word-wrapped, fits a sticky of the
 * given size less `reserved` height, estimated from character counts (no DOM measuring:
 * it runs for thousands of stickies). Text too long even at 9 px is clipped by CSS.
 */
export function autoFontSize(text: string, width: number, height: number, reserved = STICKY_CHROME_HEIGHT): number {
  const { width: w, height: h } = textRoom(width, height, reserved);
  for (let size = MAX_SIZE; size > MIN_SIZE; size--) {
    const perLine = charsPerLine(w, size);
    if (wrappedLines(text, perLine) * size * LINE_EM <= h) return size;
  }
  return MIN_SIZE;
}
