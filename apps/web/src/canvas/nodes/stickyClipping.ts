import type { Sticky } from '@stormscape/model';
import { LINE_EM } from './autoFontSize';
import type { StickyTextFit } from './stickyTextFit';
import { measureTextWidth, type MeasureText } from './textWidth';

/**
 * Which parts of a sticky need `overflow: hidden`. A clip costs Blink paint and hit-test
 * work on every pan/zoom frame (up to three per sticky, on thousands of stickies), so
 * only a part whose content may not fit gets one: text is measured (canvas measureText,
 * cached) and wrapped as CSS wraps it, with a width margin, and checked against the
 * fit's room (which is a few px smaller than the real one). Erring means clipping.
 */
export interface StickyClipping {
  label: boolean;
  text: boolean;
  badges: boolean;
}

/** Kind label and badges are 9 px; the label is upper-case with 0.04em letter spacing. */
const SMALL_FONT_PX = 9;
const LABEL_SPACING_PX = SMALL_FONT_PX * 0.04;
/** Horizontal padding and border of the sticky box (8 px each side, 1 px border). */
const BOX_INSET_X = 18;
/** Per badge: its padding (3 px each side) and the row's 3 px gap. */
const BADGE_EXTRA_PX = 9;
/** Lines are taken as this much narrower than they are (font hinting, rounding). */
const WIDTH_MARGIN = 0.92;

/** Lines `text` takes at `fontPx` in lines `lineWidth` wide: words kept whole when they fit, else broken anywhere. */
export function measuredLines(text: string, fontPx: number, lineWidth: number, measure: MeasureText): number {
  const space = measure(' ', fontPx);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = measure(word, fontPx);
      const need = line === 0 ? w : line + space + w;
      if (need <= lineWidth) line = need;
      else if (w <= lineWidth) {
        count++;
        line = w;
      } else {
        // Broken anywhere (overflow-wrap: anywhere): count it from a fresh line, rounding up.
        const extra = Math.ceil(w / lineWidth);
        count += (line === 0 ? 0 : 1) + extra - 1;
        line = lineWidth;
      }
    }
    lines += count;
  }
  return lines;
}

export function stickyClipping(sticky: Sticky, label: string, width: number, fit: StickyTextFit, measure: MeasureText = measureTextWidth): StickyClipping {
  const room = (width - BOX_INSET_X) * WIDTH_MARGIN;
  const labelWidth = measure(label.toUpperCase(), SMALL_FONT_PX) + label.length * LABEL_SPACING_PX;
  const badgesWidth = fit.badges.reduce((sum, b) => sum + measure(b.text, SMALL_FONT_PX) + BADGE_EXTRA_PX, 0);
  const textHeight = measuredLines(sticky.text, fit.fontSize, fit.roomWidth * WIDTH_MARGIN, measure) * fit.fontSize * LINE_EM;
  return { label: labelWidth > room, text: textHeight > fit.roomHeight, badges: badgesWidth > room };
}
