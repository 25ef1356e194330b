import type { BoardOrIndex } from '../queries/boardIndex';
import { asIndex } from '../queries/boardIndex';
import { contextName } from '../queries/contexts';
import type { BorisEdge } from './borisTypes';
import { deriveBoris } from './deriveBoris';
import { compareIds } from '../schema/ids';

/** A context-map relationship suggested by the messages flowing between two contexts. */
export interface RelationshipSuggestion {
  /** `suggest:<upstreamId>:<downstreamId>`. */
  readonly id: string;
  /**
   * upstreamDownstream when messages flow one way; partnership when each context
   * depends on the other (then upstreamId/downstreamId are just the two ends, by id).
   */
  readonly kind: 'upstreamDownstream' | 'partnership';
  readonly upstreamId: string;
  readonly downstreamId: string;
  /** Readable reasons, one per message: `Ordering publishes "Order Placed" to Kitchen`. */
  readonly reasons: string[];
  /** Stickies behind the reasons (events, commands, read models, policies). */
  readonly sourceIds: string[];
  /** The Boris edges behind the reasons. */
  readonly edgeIds: string[];
  /** A relationship already on the context map between these two contexts (either way round), if any. */
  readonly existingRelationshipId: string | null;
}

interface Dependency {
  upstream: string;
  downstream: string;
  reason: string;
  sourceIds: string[];
  edgeIds: string[];
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const contextOfService = (nodeId: string) => (nodeId.startsWith('svc:') ? nodeId.slice(4) : null);

/**
 * Suggests context-map relationships from cross-context messages in the Boris diagram
 * (visible edges, including ones people added): the publisher of an event is upstream
 * of its subscribers; the callee of a sync call is upstream of the caller. Sorted by id.
 */
export function suggestRelationships(board: BoardOrIndex): RelationshipSuggestion[] {
  const index = asIndex(board);
  const name = (contextId: string) => contextName(index, contextId);
  const edges = deriveBoris(index).edges.filter((e) => !e.hidden);
  const deps: Dependency[] = [];
  const intoTopic = new Map<string, BorisEdge[]>();
  for (const edge of edges) {
    if (edge.to.startsWith('topic:')) pushTo(intoTopic, edge.to, edge);
  }
  for (const edge of edges) {
    const from = contextOfService(edge.from);
    const to = contextOfService(edge.to);
    const label = edge.label ? `"${edge.label}"` : 'a message';
    if (from !== null && to !== null && from !== to) {
      if (edge.mode === 'sync') {
        deps.push({ upstream: to, downstream: from, reason: `${name(from)} calls ${name(to)}: ${label}`, sourceIds: edge.sourceIds, edgeIds: [edge.id] });
      } else {
        deps.push({ upstream: from, downstream: to, reason: `${name(from)} sends ${label} to ${name(to)}`, sourceIds: edge.sourceIds, edgeIds: [edge.id] });
      }
    } else if (to !== null && edge.from.startsWith('topic:')) {
      for (const publish of intoTopic.get(edge.from) ?? []) {
        const publisher = contextOfService(publish.from);
        if (publisher === null || publisher === to) continue;
        deps.push({
          upstream: publisher,
          downstream: to,
          reason: `${name(publisher)} publishes "${publish.label}", handled in ${name(to)}`,
          sourceIds: [...publish.sourceIds, ...edge.sourceIds],
          edgeIds: [publish.id, edge.id],
        });
      }
    }
  }

  const pairs = new Map<string, Dependency[]>();
  for (const dep of deps) {
    const key = dep.upstream < dep.downstream ? `${dep.upstream}\u0000${dep.downstream}` : `${dep.downstream}\u0000${dep.upstream}`;
    pushTo(pairs, key, dep);
  }
  const out: RelationshipSuggestion[] = [];
  for (const list of pairs.values()) {
    const first = list[0] as Dependency;
    const mutual = list.some((d) => d.upstream !== first.upstream);
    const [upstreamId, downstreamId] = mutual
      ? [first.upstream, first.downstream].sort()
      : [first.upstream, first.downstream];
    const existing = index.board.relationships.find(
      (r) =>
        (r.upstreamId === upstreamId && r.downstreamId === downstreamId) ||
        (r.upstreamId === downstreamId && r.downstreamId === upstreamId),
    );
    out.push({
      id: `suggest:${upstreamId}:${downstreamId}`,
      kind: mutual ? 'partnership' : 'upstreamDownstream',
      upstreamId: upstreamId as string,
      downstreamId: downstreamId as string,
      reasons: [...new Set(list.map((d) => d.reason))],
      sourceIds: [...new Set(list.flatMap((d) => d.sourceIds))],
      edgeIds: [...new Set(list.flatMap((d) => d.edgeIds))],
      existingRelationshipId: existing?.id ?? null,
    });
  }
  return out.sort((a, b) => compareIds(a.id, b.id));
}
