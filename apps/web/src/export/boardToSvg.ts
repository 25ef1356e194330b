import type { BoundedContext, Link, Sticky, Swimlane } from '@stormscape/model';
import { KIND_STYLES } from '@stormscape/model';
import { autoFontSize } from '../canvas/nodes/autoFontSize';
import { LINK_LABELS } from '../store/buildNodes';
import { escapeXml, wrapText } from './xml';

export interface SvgInput {
  stickies: readonly Sticky[];
  links: readonly Link[];
  contexts: readonly BoundedContext[];
  swimlanes: readonly Swimlane[];
}

const PAD = 40;
const num = (n: number) => Math.round(n * 10) / 10;

function stickySvg(s: Sticky): string {
  const { x, y } = s.position;
  const { width: w, height: h } = s.size;
  const fill = KIND_STYLES[s.kind].colour;
  const shape =
    s.kind === 'hotspot'
      ? `<polygon points="${num(x + w / 2)},${num(y)} ${num(x + w)},${num(y + h / 2)} ${num(x + w / 2)},${num(y + h)} ${num(x)},${num(y + h / 2)}" fill="${fill}"/>`
      : `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="3" fill="${fill}" stroke="${s.kind === 'note' || s.kind === 'ui' ? '#999' : 'rgba(0,0,0,0.15)'}"${s.kind === 'note' ? ' stroke-dasharray="4 3"' : ''}/>`;
  const fontSize = autoFontSize(s.text, w, h);
  const lines = wrapText(s.text, w - 16, fontSize, Math.max(1, Math.floor((h - 24) / (fontSize * 1.25))));
  const top = y + 20 + fontSize;
  const text = lines
    .map((line, i) => `<tspan x="${num(x + w / 2)}" y="${num(top + i * fontSize * 1.25)}">${escapeXml(line)}</tspan>`)
    .join('');
  const marks = [s.pivotal && 'pivotal', s.timed && 'timed', s.kind === 'policy' && (s.policyMode ?? 'automated')].filter(Boolean).join(' · ');
  return (
    `<g class="sticky" data-kind="${s.kind}">${shape}` +
    (s.pivotal ? `<rect x="${num(x - 4)}" y="${num(y)}" width="4" height="${num(h)}" fill="#B23A00"/>` : '') +
    `<text x="${num(x + 8)}" y="${num(y + 13)}" font-size="9" fill="#333" opacity="0.75">${escapeXml(KIND_STYLES[s.kind].label)}${marks ? ` · ${marks}` : ''}</text>` +
    `<text text-anchor="middle" font-size="${num(fontSize)}" fill="#1B1B1B">${text}</text></g>`
  );
}

/**
 * The board (or a selection of it) as a standalone SVG document, built from the model
 * rather than the DOM so it needs no dependencies and renders the same everywhere.
 */
export function boardToSvg(input: SvgInput, title: string): string {
  const rects = [
    ...input.stickies.map((s) => ({ ...s.position, ...s.size })),
    ...input.contexts.map((c) => ({ ...c.position, ...c.size })),
  ];
  const minX = Math.min(0, ...rects.map((r) => r.x)) - PAD;
  const minY = Math.min(0, ...rects.map((r) => r.y)) - PAD;
  const maxX = Math.max(200, ...rects.map((r) => r.x + r.width)) + PAD;
  const maxY = Math.max(200, ...rects.map((r) => r.y + r.height)) + PAD;
  const width = maxX - minX;
  const height = maxY - minY;
  const byId = new Map(input.stickies.map((s) => [s.id, s]));
  const parts: string[] = [];
  for (const lane of input.swimlanes) {
    parts.push(`<rect x="${num(minX)}" y="${num(lane.y)}" width="${num(width)}" height="${num(lane.height)}" fill="#F5F7FA" stroke="#D0D7E2"/>`);
    parts.push(`<text x="${num(minX + 8)}" y="${num(lane.y + 18)}" font-size="13" fill="#556">${escapeXml(lane.name)}</text>`);
  }
  for (const c of input.contexts) {
    parts.push(`<rect x="${num(c.position.x)}" y="${num(c.position.y)}" width="${num(c.size.width)}" height="${num(c.size.height)}" rx="6" fill="${c.colour}" fill-opacity="0.06" stroke="${c.colour}" stroke-width="2"/>`);
    parts.push(`<text x="${num(c.position.x + 10)}" y="${num(c.position.y + 20)}" font-size="14" font-weight="bold" fill="${c.colour}">${escapeXml(c.name)}</text>`);
  }
  for (const l of input.links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (!a || !b) continue;
    const sx = a.position.x + a.size.width;
    const sy = a.position.y + a.size.height / 2;
    const tx = b.position.x;
    const ty = b.position.y + b.size.height / 2;
    const dx = Math.max(40, Math.abs(tx - sx) / 2);
    parts.push(`<path d="M${num(sx)},${num(sy)} C${num(sx + dx)},${num(sy)} ${num(tx - dx)},${num(ty)} ${num(tx)},${num(ty)}" fill="none" stroke="#777" stroke-width="1.5" marker-end="url(#arrow)"/>`);
    parts.push(`<text x="${num((sx + tx) / 2)}" y="${num((sy + ty) / 2 - 4)}" font-size="10" text-anchor="middle" fill="#555">${escapeXml(l.label ? `${LINK_LABELS[l.kind]}: ${l.label}` : LINK_LABELS[l.kind])}</text>`);
  }
  for (const s of input.stickies) parts.push(stickySvg(s));
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>` +
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#FFFFFF"/>` +
    parts.join('') +
    `</svg>\n`
  );
}
