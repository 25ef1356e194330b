import { effectiveRelationships, withSoundRelationships } from '@stormscape/model';
import type { Board, ContextRelationship } from '@stormscape/model';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkLayouter } from '../layered';
import { gridLayout, LAYERED_OPTIONS } from '../layered';
import type { Point } from './labelPlacement';

/** Drawn size of a context on the map. */
export const CONTEXT_NODE = { width: 190, height: 70 } as const;

/** The relationships the map draws: the first of each pair (rule M2), both ends present, not to itself. */
export function drawnRelationships(board: Pick<Board, 'contexts' | 'relationships'>): ContextRelationship[] {
  const ids = new Set(board.contexts.map((c) => c.id));
  return withSoundRelationships(effectiveRelationships(board), (id) => ids.has(id));
}

/** What the automatic layout depends on: contexts and drawn relationships (never where people put them). */
export function contextMapLayoutKey(board: Pick<Board, 'contexts' | 'relationships'>): string {
  return JSON.stringify([board.contexts.map((c) => c.id), drawnRelationships(board).map((r) => [r.upstreamId, r.downstreamId, r.kind])]);
}

/**
 * ELK layered, upstream to downstream left to right (the same engine and base options as
 * Boris). Separate Ways is not a dependency, so it does not rank contexts. Wide spacing
 * between layers leaves room for the end labels.
 */
export function contextMapElkGraph(board: Pick<Board, 'contexts' | 'relationships'>): ElkNode {
  return {
    id: 'context-map',
    layoutOptions: {
      ...LAYERED_OPTIONS,
      'elk.layered.spacing.nodeNodeBetweenLayers': '200',
      'elk.spacing.nodeNode': '90',
      'elk.spacing.componentComponent': '90',
    },
    children: board.contexts.map((c) => ({ id: c.id, ...CONTEXT_NODE })),
    edges: drawnRelationships(board)
      .filter((r) => r.kind !== 'separateWays')
      .map((r) => ({ id: r.id, sources: [r.upstreamId], targets: [r.downstreamId] })),
  };
}

/** Top-left corner of every context in the automatic layout. */
export async function layoutContextMap(elk: ElkLayouter, board: Pick<Board, 'contexts' | 'relationships'>): Promise<Map<string, Point>> {
  const laid = await elk.layout(contextMapElkGraph(board));
  return new Map((laid.children ?? []).map((n) => [n.id, { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) }]));
}

/**
 * Where each context's node sits: where a person dragged it (`mapPosition`, shared in the
 * board), else the automatic layout, else (layout failed or not in yet) a grid.
 */
export function contextMapPositions(board: Pick<Board, 'contexts'>, auto?: ReadonlyMap<string, Point> | null): Map<string, Point> {
  const grid = auto ? null : gridLayout(board.contexts.map((c) => ({ id: c.id, ...CONTEXT_NODE })), 4, 120);
  return new Map(board.contexts.map((c) => [c.id, c.mapPosition ?? auto?.get(c.id) ?? grid?.get(c.id) ?? { x: 0, y: 0 }]));
}
