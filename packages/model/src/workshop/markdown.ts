// Escaping for text people typed, so a sticky called "# Boom" or "<script>" renders as
// literal text wherever the summary is viewed (GitHub, an IDE preview, a wiki).

// `(`, `)`, `!` only matter next to `[`/`]`, `>` only at a line start or after `<` (both
// escaped), so they stay readable.
const ALWAYS = /[\\`*_[\]#|~]/g;

/**
 * One line of inline Markdown showing `text` literally: whitespace (newlines included)
 * collapses to single spaces so the text cannot start a new block, every character
 * Markdown treats specially is backslash-escaped, and `&`/`<` become entities so no
 * HTML or entity is interpreted.
 */
export function mdInline(text: string): string {
  // Control characters carry nothing readable and can confuse renderers.
  // eslint-disable-next-line no-control-regex
  const oneLine = text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const escaped = oneLine
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(ALWAYS, (c) => `\\${c}`);
  // Markers that only matter at the start of a line ("- x", "1. x", "=== ") are escaped there.
  return escaped.replace(/^([-+>=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Inline text, or an italic placeholder when it is blank. */
export function mdOr(text: string, placeholder: string): string {
  return text.trim() === '' ? `_${placeholder}_` : mdInline(text);
}

/** A bullet list of already-escaped items (nothing when empty). */
export function mdList(items: readonly string[], indent = 0): string[] {
  const pad = '  '.repeat(indent);
  return items.map((item) => `${pad}- ${item}`);
}
