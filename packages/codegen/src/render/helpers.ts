import type Handlebars from 'handlebars';
import { commentText } from './tsCode';

/** Inline Markdown text: one line, table pipes and HTML escaped. */
export function markdownText(value: unknown): string {
  return commentText(String(value ?? ''))
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '\\[')
    .replace(/\]/g, '\\]')
    .replace(/`/g, "'");
}

/**
 * Helpers available to every template. Templates are compiled with `noEscape` (they
 * produce code, not HTML), so anything board-derived must go through one of these or be
 * a plan identifier.
 */
export function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value ?? null));
  hbs.registerHelper('comment', (value: unknown) => commentText(String(value ?? '')));
  hbs.registerHelper('md', (value: unknown) => markdownText(value));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('xml', (value: unknown) => String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/--/g, '- -'));
  hbs.registerHelper('upper', (value: unknown) => String(value ?? '').toUpperCase());
}
