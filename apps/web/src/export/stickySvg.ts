import type { Sticky } from '@stormscape/model';
import { KIND_STYLES } from '@stormscape/model';
import { LINE_EM } from '../canvas/nodes/autoFontSize';
import { STICKY_TEXT_COLOUR } from '../canvas/nodes/kindLabels';
import { stickyTextFit, stickyTextLines } from '../canvas/nodes/stickyTextFit';
import { escapeXml } from './xml';

const num = (n: number) => Math.round(n * 10) / 10;

// The canvas's box model (styles.css `.sticky`): padding 4/8/6, a 9 px kind label, a 16 px badge row.
const PAD_TOP = 4;
const PAD_BOTTOM = 6;
const LABEL_HEIGHT = 12;
const BADGE_ROW = 16;

function shapeSvg(s: Sticky): string {
  const { x, y } = s.position;
  const { width: w, height: h } = s.size;
  const fill = KIND_STYLES[s.kind].colour;
  if (s.kind === 'hotspot') return `<polygon points="${num(x + w / 2)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h / 2)}" fill="${fill}"/>`;
  const stroke = s.kind === 'note' || s.kind === 'ui' ? '#999' : 'rgba(0,0,0,0.15)';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="${s.kind === 'actor' ? 14 : 3}" fill="${fill}" stroke="${stroke}"${s.kind === 'note' ? ' stroke-dasharray="4 3"' : ''}/>`;
}

/**
 * One sticky as SVG, laid out as the canvas lays it out: kind label on top, badges at the
 * bottom, the text centred between them at the size and wrap the canvas uses
 * (`stickyTextFit`), so nothing the canvas shows is truncated here.
 */
export function stickySvg(s: Sticky): string {
  const { x, y } = s.position;
  const { width: w, height: h } = s.size;
  const fit = stickyTextFit(s, w, h);
  const lines = stickyTextLines(s.text, fit);
  const fieldCount = s.fields?.length ?? 0;
  const kind = `${KIND_STYLES[s.kind].label.toUpperCase()}${fieldCount > 0 ? ` · ${fieldCount} field${fieldCount === 1 ? '' : 's'}` : ''}`;
  const top = y + PAD_TOP + LABEL_HEIGHT;
  const bottom = y + h - PAD_BOTTOM - (fit.badges.length > 0 ? BADGE_ROW : 0);
  const lineHeight = fit.fontSize * LINE_EM;
  // Centre the block in the room; the first baseline sits ~0.9em under the block's top.
  const blockTop = (top + bottom) / 2 - (lines.length * lineHeight) / 2;
  const text = lines
    .map((line, i) => `<tspan x="${num(x + w / 2)}" y="${num(blockTop + i * lineHeight + fit.fontSize * 0.9)}">${escapeXml(line)}</tspan>`)
    .join('');
  let badgeX = x + 8;
  const badges = fit.badges
    .map((b) => {
      const bw = b.text.length * 9 * 0.6 + 6;
      const svg = `<rect x="${num(badgeX)}" y="${num(bottom + 2)}" width="${num(bw)}" height="12" rx="3" fill="#FFFFFF" fill-opacity="0.7"/><text x="${num(badgeX + 3)}" y="${num(bottom + 11)}" font-size="9" fill="${STICKY_TEXT_COLOUR}">${escapeXml(b.text)}</text>`;
      badgeX += bw + 3;
      return svg;
    })
    .join('');
  return (
    `<g class="sticky" data-kind="${s.kind}">${shapeSvg(s)}` +
    (s.pivotal ? `<rect x="${num(x)}" y="${num(y)}" width="6" height="${num(h)}" fill="#B23A00"/>` : '') +
    `<text x="${num(s.kind === 'hotspot' ? x + w / 2 : x + 8)}" y="${num(y + PAD_TOP + 9)}"${s.kind === 'hotspot' ? ' text-anchor="middle"' : ''} font-size="9" letter-spacing="0.36" fill="#333" opacity="0.75">${escapeXml(kind)}</text>` +
    `<text class="sticky-text" text-anchor="middle" font-size="${num(fit.fontSize)}" fill="${STICKY_TEXT_COLOUR}">${text}</text>` +
    badges +
    `</g>`
  );
}
