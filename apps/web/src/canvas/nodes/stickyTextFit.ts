import type { Sticky } from '@stormscape/model';
import { autoFontSize, charsPerLine, LINE_EM, STICKY_BADGES_HEIGHT, STICKY_CHROME_HEIGHT, textRoom, wrapLines } from './autoFontSize';

export interface StickyBadge {
  key: string;
  text: string;
  title: string;
}

/** The badges a sticky shows (none for most kinds). */
export function stickyBadges(sticky: Sticky): StickyBadge[] {
  const badges: StickyBadge[] = [];
  if (sticky.pivotal) badges.push({ key: 'pivotal', text: '◆ pivotal', title: 'Pivotal event' });
  if (sticky.timed) badges.push({ key: 'timed', text: '⏱ timed', title: 'Timed event' });
  if (sticky.public) badges.push({ key: 'public', text: 'public', title: 'Published for other contexts' });
  if (sticky.kind === 'policy') badges.push({ key: 'mode', text: sticky.policyMode === 'manual' ? '✋ manual' : '⚙ automated', title: 'Policy mode' });
  if (sticky.resolved) badges.push({ key: 'resolved', text: '✓ resolved', title: 'Resolved hotspot' });
  return badges;
}

/** A hotspot's diamond holds about this share of its box, in each direction. */
export const HOTSPOT_TEXT_SHARE = 0.62;

/** How a sticky's text fits its box: one answer for the canvas and for the SVG/PNG export. */
export interface StickyTextFit {
  fontSize: number;
  /** Width and height of the room the text may use (less label, badges, padding, diamond). */
  roomWidth: number;
  roomHeight: number;
  badges: StickyBadge[];
}

/** Font size and text room of `sticky` drawn `width` × `height`: kind label and badges take their share first. */
export function stickyTextFit(sticky: Sticky, width: number, height: number): StickyTextFit {
  const badges = stickyBadges(sticky);
  // The badge row takes its height from the text (long policy names ran under it).
  const reserved = STICKY_CHROME_HEIGHT + (badges.length > 0 ? STICKY_BADGES_HEIGHT : 0);
  const share = sticky.kind === 'hotspot' ? HOTSPOT_TEXT_SHARE : 1;
  const fontSize = autoFontSize(sticky.text, width * share, height * share, reserved * share);
  const room = textRoom(width * share, height * share, reserved * share);
  return { fontSize, roomWidth: room.width, roomHeight: room.height, badges };
}

/**
 * The lines of the sticky's text as the fit wraps them; when even the smallest size
 * overflows, the lines that fit, the last one ending in an ellipsis (the canvas clips).
 */
export function stickyTextLines(text: string, fit: StickyTextFit): string[] {
  const perLine = charsPerLine(fit.roomWidth, fit.fontSize);
  const lines = wrapLines(text, perLine);
  const maxLines = Math.max(1, Math.floor(fit.roomHeight / (fit.fontSize * LINE_EM)));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(0, perLine - 1))}…`;
  return kept;
}
