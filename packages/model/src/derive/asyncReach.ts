import type { BorisDiagram } from './borisTypes';

/**
 * Whether Boris shows an async path from one node to another: a visible async edge
 * straight there, or through one topic node (`svc:A → topic:… → svc:B`; only through
 * `via` when given, e.g. the topic of one event). Lint X1 and thin-slice drivability ask
 * it about services (`svc:<contextId>`).
 */
export function asyncReach(boris: BorisDiagram): (from: string, to: string, via?: string) => boolean {
  const next = new Map<string, Set<string>>();
  for (const edge of boris.edges) {
    if (edge.hidden || edge.mode !== 'async') continue;
    const set = next.get(edge.from) ?? new Set<string>();
    set.add(edge.to);
    next.set(edge.from, set);
  }
  return (from, to, via) => {
    const first = next.get(from);
    if (!first) return false;
    if (first.has(to)) return true;
    for (const mid of first) if (mid.startsWith('topic:') && (via === undefined || mid === via) && next.get(mid)?.has(to)) return true;
    return false;
  };
}
