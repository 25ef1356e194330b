import { Colour, DEFAULT_CONTEXT_COLOUR, effectiveRelationships, withSoundRelationships } from '@stormscape/model';
import type { Board, ContextRelationship } from '@stormscape/model';
import { escapeXml, wrapText } from '../../export/xml';
import { layoutGraph } from '../graphLayout';
import type { Rect } from './labelPlacement';
import { boxAround, estimateLabelSize, placeLabel, straight } from './labelPlacement';

const W = 190;
const H = 70;
const num = (n: number) => Math.round(n * 10) / 10;

export const KIND_TITLE: Readonly<Record<ContextRelationship['kind'], string>> = {
  upstreamDownstream: 'Upstream / downstream',
  customerSupplier: 'Customer / supplier',
  sharedKernel: 'Shared Kernel',
  partnership: 'Partnership',
  separateWays: 'Separate Ways',
};

export const isSymmetric = (kind: ContextRelationship['kind']) => kind === 'sharedKernel' || kind === 'partnership' || kind === 'separateWays';

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
      const cs = r.kind === 'customerSupplier';
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

/**
 * The context map as an SVG document: contexts as boxes laid out upstream to
 * downstream, relationships as lines (arrow towards downstream) with the side patterns at
 * each end (U/D, OHS, PL, ACL, CF, SK, P), Separate Ways dashed. One relationship per
 * pair of contexts (a second is rule M2's business, never drawn on top); every label is
 * placed clear of the context boxes. Used on screen and for export.
 */
export function contextMapSvg(board: Board, title: string): string {
  const contexts = board.contexts;
  const ids = new Set(contexts.map((c) => c.id));
  const rels = withSoundRelationships(effectiveRelationships(board), (id) => ids.has(id));
  const pos = layoutGraph(
    contexts.map((c) => ({ id: c.id, width: W, height: H })),
    rels.filter((r) => r.kind !== 'separateWays').map((r) => ({ from: r.upstreamId, to: r.downstreamId })),
    { ranksep: 200, nodesep: 90 },
  );
  const centre = (id: string) => {
    const p = pos.get(id) ?? { x: 0, y: 0 };
    return { x: p.x + W / 2, y: p.y + H / 2 };
  };
  const maxX = Math.max(420, ...[...pos.values()].map((p) => p.x + W)) + 60;
  const maxY = Math.max(160, ...[...pos.values()].map((p) => p.y + H)) + 60;
  const parts: string[] = [];
  const boxes: Rect[] = contexts.map((c) => ({ ...(pos.get(c.id) ?? { x: 0, y: 0 }), width: W, height: H }));
  const placed: Rect[] = [];
  const label = (text: string, line: (t: number) => { x: number; y: number }, prefer: number, attrs: string, fontSize: number) => {
    if (!text) return '';
    const size = estimateLabelSize(text, fontSize);
    const at = placeLabel(line, size, boxes, placed, prefer);
    placed.push(boxAround(at, size));
    return `<text x="${num(at.x)}" y="${num(at.y + fontSize * 0.35)}" text-anchor="middle" font-size="${fontSize}" ${attrs}>${escapeXml(text)}</text>`;
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
    const arrow = isSymmetric(r.kind) ? '' : ' marker-end="url(#cm-arrow)"';
    parts.push(
      `<g class="relationship" data-kind="${r.kind}"><line x1="${num(p.x)}" y1="${num(p.y)}" x2="${num(q.x)}" y2="${num(q.y)}" stroke="${colour}" stroke-width="2"${sw ? ' stroke-dasharray="6 5"' : ''}${arrow}/>` +
        label(up, line, 0.2, 'font-weight="700" fill="#0D47A1"', 12) +
        label(down, line, 0.8, 'font-weight="700" fill="#B71C1C"', 12) +
        label(middle, line, 0.5, `fill="${colour}"`, 11) +
        '</g>',
    );
  }
  for (const c of contexts) {
    const p = pos.get(c.id) ?? { x: 0, y: 0 };
    const lines = wrapText(c.name || '(unnamed)', W - 20, 14, 2);
    const text = lines.map((l, i) => `<tspan x="${num(p.x + W / 2)}" y="${num(p.y + 30 + i * 17)}">${escapeXml(l)}</tspan>`).join('');
    const colour = Colour.safeParse(c.colour).success ? c.colour : DEFAULT_CONTEXT_COLOUR;
    parts.push(
      `<g class="context" data-id="${escapeXml(c.id)}"><rect x="${num(p.x)}" y="${num(p.y)}" width="${W}" height="${H}" rx="${H / 2}" fill="#fff" stroke="${colour}" stroke-width="3"/>` +
        `<text text-anchor="middle" font-size="14" font-weight="700" fill="#1B1B1B">${text}</text></g>`,
    );
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-20 -50 ${num(maxX + 40)} ${num(maxY + 70)}" width="${num(maxX + 40)}" height="${num(maxY + 70)}" font-family="system-ui, sans-serif" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>` +
    '<defs><marker id="cm-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#263238"/></marker></defs>' +
    `<rect x="-20" y="-50" width="${num(maxX + 40)}" height="${num(maxY + 70)}" fill="#fff"/>` +
    `<text x="0" y="-20" font-size="16" font-weight="700" fill="#1B1B1B">${escapeXml(title)}</text>` +
    parts.join('') +
    '</svg>'
  );
}
