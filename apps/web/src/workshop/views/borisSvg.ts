import type { BorisEdge } from '@stormscape/model';
import { escapeXml, wrapText } from '../../export/xml';
import type { PlacedBorisNode } from './borisModel';
import { BORIS_KIND_LABEL, EDGE_COLOUR, edgeControlPoints, edgeText, placeEdgeLabels } from './borisModel';
import type { RoutedEdge } from './labelPlacement';
import { estimateLabelSize, routePath } from './labelPlacement';

const FILL = { service: '#E3F2FD', topic: '#FFF3E0', external: '#FCE4EC', ui: '#F5F5F5' } as const;
const num = (n: number) => Math.round(n * 10) / 10;

/**
 * The Boris diagram as a standalone SVG document (visible edges, notes as captions),
 * drawn like the screen: the layered layout's orthogonal routes where the view has them
 * (`routes`), the screen's curve otherwise, every label placed clear of the nodes.
 */
export function borisToSvg(nodes: readonly PlacedBorisNode[], edges: readonly BorisEdge[], routes: ReadonlyMap<string, RoutedEdge>, title: string): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const shown = edges.filter((e) => !e.hidden && byId.has(e.from) && byId.has(e.to));
  const textOf = (e: BorisEdge) => `${edgeText(e)}${e.note ? ` — ${e.note.slice(0, 80)}` : ''}`;
  const sizeOf = (e: BorisEdge) => estimateLabelSize(textOf(e), 11);
  const labelAt = placeEdgeLabels(nodes, shown, routes, sizeOf);
  const xs: number[] = [0, 400, ...nodes.flatMap((n) => [n.x, n.x + n.width])];
  const ys: number[] = [0, 200, ...nodes.flatMap((n) => [n.y, n.y + n.height])];
  const parts: string[] = [];
  for (const e of shown) {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    const route = routes.get(e.id);
    const [p0, c1, c2, p1] = edgeControlPoints(a, b);
    const d = route ? routePath(route.points) : `M${num(p0.x)},${num(p0.y)} C${num(c1.x)},${num(c1.y)} ${num(c2.x)},${num(c2.y)} ${num(p1.x)},${num(p1.y)}`;
    for (const p of route ? route.points : [p0, c1, c2, p1]) {
      xs.push(p.x);
      ys.push(p.y);
    }
    const colour = EDGE_COLOUR[e.mode];
    const text = textOf(e);
    const size = sizeOf(e);
    const at = labelAt.get(e.id)!;
    xs.push(at.x - size.width / 2, at.x + size.width / 2);
    ys.push(at.y - size.height / 2, at.y + size.height / 2);
    parts.push(
      `<g class="edge" data-mode="${e.mode}"><path d="${d}" fill="none" stroke="${colour}" stroke-width="2"${e.mode === 'async' ? ' stroke-dasharray="7 4"' : ''} marker-end="url(#arrow-${e.mode})"/>` +
        `<rect x="${num(at.x - size.width / 2)}" y="${num(at.y - size.height / 2)}" width="${num(size.width)}" height="${num(size.height)}" rx="3" fill="#fff" fill-opacity="0.9"/>` +
        `<text x="${num(at.x)}" y="${num(at.y + 4)}" text-anchor="middle" font-size="11" font-weight="600" fill="${colour}">${escapeXml(text)}</text></g>`,
    );
  }
  const minX = Math.min(...xs) - 40;
  const minY = Math.min(...ys) - 90;
  const maxX = Math.max(...xs) + 40;
  const maxY = Math.max(...ys) + 60;
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
