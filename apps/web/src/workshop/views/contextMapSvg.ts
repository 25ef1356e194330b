import { Colour, DEFAULT_CONTEXT_COLOUR, isCustomerSupplier, isSymmetricKind } from '@stormscape/model';
import type { Board, ContextRelationship } from '@stormscape/model';
import { escapeXml, wrapText } from '../../export/xml';
import { CONTEXT_NODE, drawnRelationships } from './contextMapLayout';
import type { Point, Rect } from './labelPlacement';
import { boxAround, estimateLabelSize, placeLabel, straight } from './labelPlacement';

const W = CONTEXT_NODE.width;
const H = CONTEXT_NODE.height;
const num = (n: number) => Math.round(n * 10) / 10;

export const KIND_TITLE: Readonly<Record<ContextRelationship['kind'], string>> = {
  upstreamDownstream: 'Upstream / downstream',
  customerSupplier: 'Customer / supplier',
  sharedKernel: 'Shared Kernel',
  partnership: 'Partnership',
  separateWays: 'Separate Ways',
};


/** The labels at each end of a relationship, in the usual notation. */
export function endLabels(r: ContextRelationship): { up: string; down: string; middle: string } {
  switch (r.kind) {
    case 'sharedKernel':
      return { up: 'SK', down: 'SK', middle: 'Shared Kernel' };
    case 'partnership':
      return { up: 'P', down: 'P', middle: 'Partnership' };
    case 'separateWays':
      return { up: '', down: '', middle: 'Separate Ways' };
    default: {
      const cs = isCustomerSupplier(r);
      const up = [cs ? 'U/S' : 'U', ...r.upstreamPatterns.filter((p) => p !== 'CS')].join(' · ');
      const down = [cs ? 'D/C' : 'D', ...r.downstreamPatterns.filter((p) => p !== 'CS')].join(' · ');
      return { up, down, middle: cs ? 'Customer / supplier' : '' };
    }
  }
}

function clip(from: { x: number; y: number }, to: { x: number; y: number }) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const s = Math.min(Math.abs(W / 2 / (dx || 1e-9)), Math.abs(H / 2 / (dy || 1e-9)));
  return { x: from.x + dx * s, y: from.y + dy * s };
}

/** How the map is drawn: for the screen (contexts focusable and movable) or as a standalone document. */
export interface ContextMapSvgOptions {
  /** On screen: each context is a focusable control people drag or move with the arrow keys. */
  interactive?: boolean;
}

/**
 * The context map as an SVG document: contexts as boxes at `positions` (see
 * `contextMapPositions`: where people dragged them, else the layered layout, upstream to
 * downstream), relationships as lines (arrow towards downstream) with the side patterns at
 * each end (U/D, OHS, PL, ACL, CF, SK, P), Separate Ways dashed. One relationship per
 * pair of contexts (a second is rule M2's business, never drawn on top); every label is
 * placed clear of the context boxes. Used on screen and for export, so both show the same.
 */
export function contextMapSvg(board: Board, title: string, positions: ReadonlyMap<string, Point>, options: ContextMapSvgOptions = {}): string {
  const contexts = board.contexts;
  const rels = drawnRelationships(board);
  const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const centre = (id: string) => {
    const p = at(id);
    return { x: p.x + W / 2, y: p.y + H / 2 };
  };
  const corners = contexts.map((c) => at(c.id));
  const minX = Math.min(0, ...corners.map((p) => p.x)) - 20;
  const minY = Math.min(0, ...corners.map((p) => p.y)) - 50;
  const maxX = Math.max(420, ...corners.map((p) => p.x + W)) + 60;
  const maxY = Math.max(160, ...corners.map((p) => p.y + H)) + 60;
  const width = maxX + 40 - (minX + 20);
  const height = maxY + 70 - (minY + 50);
  const parts: string[] = [];
  const boxes: Rect[] = contexts.map((c) => ({ ...at(c.id), width: W, height: H }));
  const placed: Rect[] = [];
  const label = (text: string, line: (t: number) => { x: number; y: number }, prefer: number, attrs: string, fontSize: number) => {
    if (!text) return '';
    const size = estimateLabelSize(text, fontSize);
    const spot = placeLabel(line, size, boxes, placed, prefer);
    placed.push(boxAround(spot, size));
    return `<text x="${num(spot.x)}" y="${num(spot.y + fontSize * 0.35)}" text-anchor="middle" font-size="${fontSize}" ${attrs}>${escapeXml(text)}</text>`;
  };
  for (const r of rels) {
    const a = centre(r.upstreamId);
    const b = centre(r.downstreamId);
    const p = clip(a, b);
    const q = clip(b, a);
    const { up, down, middle } = endLabels(r);
    const sw = r.kind === 'separateWays';
    const colour = sw ? '#757575' : '#263238';
    const line = straight(p, q);
    const arrow = isSymmetricKind(r.kind) ? '' : ' marker-end="url(#cm-arrow)"';
    parts.push(
      `<g class="relationship" data-kind="${r.kind}" data-id="${escapeXml(r.id)}"><line x1="${num(p.x)}" y1="${num(p.y)}" x2="${num(q.x)}" y2="${num(q.y)}" stroke="${colour}" stroke-width="2"${sw ? ' stroke-dasharray="6 5"' : ''}${arrow}/>` +
        label(up, line, 0.2, 'font-weight="700" fill="#0D47A1"', 12) +
        label(down, line, 0.8, 'font-weight="700" fill="#B71C1C"', 12) +
        label(middle, line, 0.5, `fill="${colour}"`, 11) +
        '</g>',
    );
  }
  for (const c of contexts) {
    const p = at(c.id);
    const name = c.name || '(unnamed)';
    const lines = wrapText(name, W - 20, 14, 2);
    const text = lines.map((l, i) => `<tspan x="${num(p.x + W / 2)}" y="${num(p.y + 30 + i * 17)}">${escapeXml(l)}</tspan>`).join('');
    const colour = Colour.safeParse(c.colour).success ? c.colour : DEFAULT_CONTEXT_COLOUR;
    const control = options.interactive
      ? ` tabindex="0" role="button" aria-roledescription="movable context" aria-label="${escapeXml(`${name}: drag it, or use the arrow keys, to move it`)}" style="cursor: grab"`
      : '';
    parts.push(
      `<g class="context" data-id="${escapeXml(c.id)}"${control}><rect x="${num(p.x)}" y="${num(p.y)}" width="${W}" height="${H}" rx="${H / 2}" fill="#fff" stroke="${colour}" stroke-width="3"/>` +
        `<text text-anchor="middle" font-size="14" font-weight="700" fill="#1B1B1B">${text}</text></g>`,
    );
  }
  // On screen the contexts are controls, so the picture is a group, not one image.
  const role = options.interactive ? 'group' : 'img';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="system-ui, sans-serif" role="${role}" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>` +
    '<defs><marker id="cm-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#263238"/></marker></defs>' +
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(width)}" height="${num(height)}" fill="#fff"/>` +
    `<text x="${num(minX + 20)}" y="${num(minY + 30)}" font-size="16" font-weight="700" fill="#1B1B1B">${escapeXml(title)}</text>` +
    parts.join('') +
    '</svg>'
  );
}
