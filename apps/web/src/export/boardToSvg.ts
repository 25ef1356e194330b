import type { BoundedContext, Link, Sticky, Swimlane } from '@stormscape/model';
import type { Bounds, LinkDrawing } from './linkSvg';
import { drawLink, LINK_LABEL_SIZE } from './linkSvg';
import { stickySvg } from './stickySvg';
import { escapeXml } from './xml';

export interface SvgInput {
  stickies: readonly Sticky[];
  links: readonly Link[];
  contexts: readonly BoundedContext[];
  swimlanes: readonly Swimlane[];
}

const PAD = 40;
const num = (n: number) => Math.round(n * 10) / 10;

/** The box around every sticky, context, link curve and link label (never less than 200 × 200 from the origin). */
function boundsOf(input: SvgInput, links: readonly LinkDrawing[]): Bounds {
  const boxes: Bounds[] = [
    { minX: 0, minY: 0, maxX: 200, maxY: 200 },
    ...[...input.stickies, ...input.contexts].map((r) => ({ minX: r.position.x, minY: r.position.y, maxX: r.position.x + r.size.width, maxY: r.position.y + r.size.height })),
    ...links.map((l) => l.bounds),
  ];
  return {
    minX: Math.min(...boxes.map((b) => b.minX)) - PAD,
    minY: Math.min(...boxes.map((b) => b.minY)) - PAD,
    maxX: Math.max(...boxes.map((b) => b.maxX)) + PAD,
    maxY: Math.max(...boxes.map((b) => b.maxY)) + PAD,
  };
}

/**
 * The board (or a selection of it) as a standalone SVG document, built from the model
 * rather than the DOM, drawn the way the canvas draws it: links with the canvas's
 * floating ends and curves (the document's box holds every curve and label), sticky text
 * at the canvas's size and wrap.
 */
export function boardToSvg(input: SvgInput, title: string): string {
  const byId = new Map(input.stickies.map((s) => [s.id, s]));
  const links: LinkDrawing[] = [];
  for (const l of input.links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (a && b) links.push(drawLink(l, a, b));
  }
  const { minX, minY, maxX, maxY } = boundsOf(input, links);
  const width = maxX - minX;
  const height = maxY - minY;
  const parts: string[] = [];
  for (const lane of input.swimlanes) {
    parts.push(`<rect x="${num(minX)}" y="${num(lane.y)}" width="${num(width)}" height="${num(lane.height)}" fill="#F5F7FA" stroke="#D0D7E2"/>`);
    parts.push(`<text x="${num(minX + 8)}" y="${num(lane.y + 18)}" font-size="13" fill="#556">${escapeXml(lane.name)}</text>`);
  }
  for (const c of input.contexts) {
    parts.push(`<rect x="${num(c.position.x)}" y="${num(c.position.y)}" width="${num(c.size.width)}" height="${num(c.size.height)}" rx="6" fill="${c.colour}" fill-opacity="0.06" stroke="${c.colour}" stroke-width="2"/>`);
    parts.push(`<text x="${num(c.position.x + 10)}" y="${num(c.position.y + 20)}" font-size="14" font-weight="bold" fill="${c.colour}">${escapeXml(c.name)}</text>`);
  }
  for (const l of links) parts.push(`<path class="link" d="${l.path}" fill="none" stroke="#777" stroke-width="1.5" marker-end="url(#arrow)"/>`);
  for (const s of input.stickies) parts.push(stickySvg(s));
  // Labels last, with a white halo, so no sticky hides them.
  for (const l of links) {
    parts.push(`<text class="link-label" x="${num(l.labelX)}" y="${num(l.labelY)}" font-size="${LINK_LABEL_SIZE}" text-anchor="middle" dominant-baseline="middle" fill="#555" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">${escapeXml(l.label)}</text>`);
  }
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
