/** Width in px of `text` set in the app's font at `fontPx`. */
export type MeasureText = (text: string, fontPx: number) => number;

/** Measured at this size and scaled: one cache entry per string, whatever the font size. */
const REFERENCE_PX = 100;
const cache = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  // The font the stickies inherit (styles.css `:root`), read once from the page.
  if (context) context.font = `${REFERENCE_PX}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return context;
}

/**
 * Text width from canvas `measureText` in the browser (cached per string); without a DOM
 * (unit tests, server) a wide-glyph estimate (0.8em a character) that errs on "too wide".
 */
export const measureTextWidth: MeasureText = (text, fontPx) => {
  let width = cache.get(text);
  if (width === undefined) {
    const ctx = canvasContext();
    width = ctx ? ctx.measureText(text).width : text.length * 0.8 * REFERENCE_PX;
    if (cache.size > 20_000) cache.clear();
    cache.set(text, width);
  }
  return (width * fontPx) / REFERENCE_PX;
};
