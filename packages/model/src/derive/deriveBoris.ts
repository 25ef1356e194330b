import type { BorisOverrides } from '../schema/BorisOverrides';
import type { Point } from '../schema/ids';
import type { BoardOrIndex } from '../queries/boardIndex';
import { asIndex } from '../queries/boardIndex';
import { contextOfSticky } from '../queries/contexts';
import { sliceScope } from '../queries/slice';
import type { RawBoris, RawEdge, RawNode } from './borisGraph';
import { deriveRawBoris, serviceNodeId } from './borisGraph';
import type { BorisDiagram, BorisEdge, BorisNode, DeriveBorisOptions } from './borisTypes';
import { compareIds } from '../schema/ids';

const KIND_ORDER = { service: 0, topic: 1, external: 2, ui: 3 } as const;

/** Own-property lookup, so ids like "constructor" never hit the prototype. */
function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Keeps the nodes and edges touching a slice: its topics, the calls around its events, and their ends. */
function filterToSlice(index: ReturnType<typeof asIndex>, raw: RawBoris, sliceId: string): RawBoris {
  const scope = sliceScope(index, sliceId);
  const nodes = new Map<string, RawNode>();
  const edges = new Map<string, RawEdge>();
  if (!scope) return { nodes, edges };
  for (const edge of raw.edges.values()) {
    if (edge.touches.some((id) => scope.stickyIds.has(id))) edges.set(edge.id, edge);
  }
  const keep = new Set<string>();
  for (const edge of edges.values()) keep.add(edge.from).add(edge.to);
  for (const id of scope.stickyIds) {
    const contextId = contextOfSticky(index, id);
    if (contextId !== null && index.stickyById.get(id)?.kind === 'event') keep.add(serviceNodeId(contextId));
  }
  for (const node of raw.nodes.values()) {
    const touched = node.kind !== 'service' && node.kind !== 'topic' && node.sourceIds.some((id) => scope.stickyIds.has(id));
    if (keep.has(node.id) || touched) nodes.set(node.id, node);
  }
  return { nodes, edges };
}

function positionOf(overrides: BorisOverrides, node: RawNode): Point | null {
  const direct = own(overrides.nodePositions, node.id);
  if (direct) return { ...direct };
  // A merged external/UI node is renamed when a sticky with a smaller id joins it: look for the old ids too.
  if (node.kind === 'external' || node.kind === 'ui') {
    for (const sourceId of node.sourceIds) {
      const old = own(overrides.nodePositions, `${node.kind === 'external' ? 'ext' : 'ui'}:${sourceId}`);
      if (old) return { ...old };
    }
  }
  return null;
}

/** Applies people's overrides (positions, hidden and added edges, notes) to a derived graph. */
function applyOverrides(raw: RawBoris, overrides: BorisOverrides, sliceId: string | null): BorisDiagram {
  const hidden = new Set(overrides.hiddenEdgeIds);
  const nodes: BorisNode[] = [...raw.nodes.values()].map((n) => ({
    id: n.id,
    kind: n.kind,
    label: n.label,
    contextId: n.contextId,
    sourceIds: n.sourceIds,
    position: positionOf(overrides, n),
    note: own(overrides.notes, n.id) ?? null,
  }));
  const edges: BorisEdge[] = [...raw.edges.values()].map((e) => ({
    id: e.id,
    from: e.from,
    to: e.to,
    mode: own(overrides.edgeModes ?? {}, e.id) ?? e.mode,
    derivedMode: e.mode,
    label: [...e.labels].sort(compareIds).join(', '),
    sourceIds: e.sourceIds,
    derived: true,
    hidden: hidden.has(e.id),
    note: own(overrides.notes, e.id) ?? null,
  }));
  // Added edges whose ends are gone (or filtered out) stay in the overrides, unused, in case they come back.
  for (const added of overrides.addedEdges) {
    if (!raw.nodes.has(added.from) || !raw.nodes.has(added.to) || raw.edges.has(added.id)) continue;
    edges.push({
      id: added.id,
      from: added.from,
      to: added.to,
      mode: added.mode,
      derivedMode: added.mode,
      label: added.label,
      sourceIds: [],
      derived: false,
      hidden: hidden.has(added.id),
      note: own(overrides.notes, added.id) ?? null,
    });
  }
  nodes.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareIds(a.id, b.id));
  edges.sort((a, b) => compareIds(a.id, b.id));
  return { sliceId, nodes, edges };
}


/**
 * Derives the Boris diagram (notional architecture, reference §4) from a design-level
 * storm: a service per bounded context; a topic per event produced in one context (or by
 * an external system) and handled by a policy or read model in another, with async edges
 * publisher → topic → subscriber (events marked public get a topic too); a sync edge
 * A → B per command issued from A (by a policy or UI in A) onto an aggregate in B, and
 * from a context onto an external system it invokes; a sync edge B → A when a policy in
 * B is informed by a read model kept in A; a node per external system and per UI (same
 * name, same node), UIs calling the service they sit in or, when outside every context,
 * the one handling their command.
 *
 * Every node and edge id is derived from source ids, so people's overrides in
 * `board.boris` (positions, hidden and added edges, notes) keep applying after the storm
 * changes. With `sliceId`, only the parts touching that slice's events are kept; an
 * unknown slice gives an empty diagram.
 */
export function deriveBoris(board: BoardOrIndex, options: DeriveBorisOptions = {}): BorisDiagram {
  const index = asIndex(board);
  const whole = deriveRawBoris(index);
  const sliceId = options.sliceId ?? null;
  const raw = sliceId === null ? whole : filterToSlice(index, whole, sliceId);
  return applyOverrides(raw, index.board.boris, sliceId);
}
