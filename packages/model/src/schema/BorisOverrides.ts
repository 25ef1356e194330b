import { z } from 'zod';
import { Id, Point } from './ids';

export const EdgeMode = z.enum(['sync', 'async']);
export type EdgeMode = z.infer<typeof EdgeMode>;

/** An edge a person drew on the Boris diagram between two (derived) node ids. */
export const BorisAddedEdge = z.object({
  id: Id,
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  mode: EdgeMode,
  label: z.string().max(500),
});
export type BorisAddedEdge = z.infer<typeof BorisAddedEdge>;

/**
 * People's edits to the derived Boris diagram, keyed by derived ids so they survive
 * re-derivation; entries whose derived item disappeared are kept (and ignored) in case
 * it comes back.
 */
export const BorisOverrides = z.object({
  nodePositions: z.record(z.string().max(200), Point),
  hiddenEdgeIds: z.array(z.string().max(200)),
  addedEdges: z.array(BorisAddedEdge),
  /** Annotations on derived or added nodes/edges. */
  notes: z.record(z.string().max(200), z.string().max(5000)),
  /**
   * Derived edges whose mode the team switched (sync ↔ async), by derived edge id. Absent
   * when none is switched, so boards saved before it existed read and write unchanged.
   */
  edgeModes: z.record(z.string().max(200), EdgeMode).optional(),
});
export type BorisOverrides = z.infer<typeof BorisOverrides>;

export function emptyBorisOverrides(): BorisOverrides {
  return { nodePositions: {}, hiddenEdgeIds: [], addedEdges: [], notes: {} };
}
