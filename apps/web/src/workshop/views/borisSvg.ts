import type { BorisEdge } from '@stormscape/model';
import { escapeXml, wrapText } from '../../export/xml';
import type { PlacedBorisNode } from './borisModel';
import { BORIS_KIND_LABEL, EDGE_COLOUR, edgeText } from './borisModel';

const FILL = { service: '#E3F2FD', topic: '#FFF3E0', external: '#FCE4EC', ui: '#F5F5F5' } as const;
const num = (n: number) => Math.round(n * 10) / 10;

/** Where the segment between two node centres leaves the rectangle of `n`. */
function border(n: PlacedBorisNode, towards: { x: number; y: number }) {
  const cx = n.x + n.width / 2;
  const cy = n.y + n.height / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const s = Math.min(Math.abs(n.width / 2 / (dx || 1e-9)), Math.abs(n.height / 2 / (dy || 1e-9)));
  return { x: cx + dx * s, y: cy + dy * s };
}

/** The Boris diagram as a standalone SVG document (visible edges, notes as captions). */
export function borisToSvg(nodes: readonly PlacedBorisNode[], edges: readonly BorisEdge[], title: string): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const shown = edges.filter((e) => !e.hidden && byId.has(e.from) && byId.has(e.to));
  const minX = Math.min(0, ...nodes.map((n) => n.x)) - 40;
  const minY = Math.min(0, ...nodes.map((n) => n.y)) - 60;
  const maxX = Math.max(400, ...nodes.map((n) => n.x + n.width)) + 40;
  const maxY = Math.max(200, ...nodes.map((n) => n.y + n.height)) + 60;
  const parts: string[] = [];
  for (const e of shown) {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    const p = border(a, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    const q = border(b, { x: a.x + a.width / 2, y: a.y + a.height / 2 });
    const colour = EDGE_COLOUR[e.mode];
    parts.push(
      `<g class="edge" data-mode="${e.mode}"><line x1="${num(p.x)}" y1="${num(p.y)}" x2="${num(q.x)}" y2="${num(q.y)}" stroke="${colour}" stroke-width="2"${e.mode === 'async' ? ' stroke-dasharray="7 4"' : ''} marker-end="url(#arrow-${e.mode})"/>` +
        `<text x="${num((p.x + q.x) / 2)}" y="${num((p.y + q.y) / 2 - 6)}" text-anchor="middle" font-size="11" fill="${colour}">${escapeXml(edgeText(e))}${e.note ? ` — ${escapeXml(e.note)}` : ''}</text></g>`,
    );
  }
  for (const n of nodes) {
    const lines = wrapText(n.label || '(unnamed)', n.width - 16, 13, 2);
    const text = lines.map((l, i) => `<tspan x="${num(n.x + n.width / 2)}" y="${num(n.y + 32 + i * 15)}">${escapeXml(l)}</tspan>`).join('');
    const shape =
      n.kind === 'topic'
        ? `<rect x="${num(n.x)}" y="${num(n.y)}" width="${n.width}" height="${n.height}" rx="${n.height / 2}" fill="${FILL.topic}" stroke="#C62828"/>`
        : `<rect x="${num(n.x)}" y="${num(n.y)}" width="${n.width}" height="${n.height}" rx="6" fill="${FILL[n.kind]}" stroke="#37474F"${n.kind === 'ui' ? ' stroke-dasharray="4 3"' : ''}/>`;
    parts.push(
      `<g class="node" data-kind="${n.kind}">${shape}<text x="${num(n.x + 8)}" y="${num(n.y + 14)}" font-size="9" fill="#455A64">${BORIS_KIND_LABEL[n.kind]}</text>` +
        `<text text-anchor="middle" font-size="13" font-weight="600" fill="#1B1B1B">${text}</text>` +
        (n.note ? `<text x="${num(n.x)}" y="${num(n.y + n.height + 14)}" font-size="10" fill="#5C6470">${escapeXml(n.note.slice(0, 120))}</text>` : '') +
        '</g>',
    );
  }
  const marker = (mode: 'sync' | 'async') =>
    `<marker id="arrow-${mode}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_COLOUR[mode]}"/></marker>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(minX)} ${num(minY)} ${num(maxX - minX)} ${num(maxY - minY)}" width="${num(maxX - minX)}" height="${num(maxY - minY)}" font-family="system-ui, sans-serif">` +
    `<title>${escapeXml(title)}</title><defs>${marker('sync')}${marker('async')}</defs>` +
    `<rect x="${num(minX)}" y="${num(minY)}" width="${num(maxX - minX)}" height="${num(maxY - minY)}" fill="#fff"/>` +
    `<text x="${num(minX + 20)}" y="${num(minY + 28)}" font-size="16" font-weight="700" fill="#1B1B1B">${escapeXml(title)}</text>` +
    parts.join('') +
    '</svg>'
  );
}
