import { KIND_STYLES } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';

// Fast path: most texts have nothing to collapse (this runs for every sticky on every lint).
const NEEDS_COLLAPSE = /\s\s|[^\S ]|^ | $/;

/** Sticky text on one line with runs of whitespace collapsed. */
export function oneLine(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The name people see for a sticky: its text on one line, or "untitled <kind>". */
export function stickyName(sticky: Sticky): string {
  const text = oneLine(sticky.text);
  return text || `untitled ${KIND_STYLES[sticky.kind].label.toLowerCase()}`;
}

/** Key under which two names count as the same: case- and whitespace-insensitive. */
export function nameKey(text: string): string {
  return oneLine(text).toLowerCase();
}

/** A sticky's name in quotes, for lint messages. */
export function quoted(sticky: Sticky): string {
  return `"${stickyName(sticky)}"`;
}
