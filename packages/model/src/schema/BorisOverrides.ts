import { z } from 'zod';
import { freeText, DERIVED_ID_MAX_LENGTH } from './text';
import { Id, Point } from './ids';

/** The id of a derived Boris node or edge (built from source ids, so not an `Id`). */
const DerivedId = z.string().min(1).max(DERIVED_ID_MAX_LENGTH);

export const EdgeMode = z.enum(['sync', 'async']);
export type EdgeMode = z.infer<typeof EdgeMode>;

/** An edge a person drew on the Boris diagram between two (derived) node ids. */
export const BorisAddedEdge = z.object({
  id: Id,
  from: DerivedId,
  to: DerivedId,
  mode: EdgeMode,
  label: freeText('label'),
});
export type BorisAddedEdge = z.infer<typeof BorisAddedEdge>;

/**
 * People's edits to the derived Boris diagram, keyed by derived ids so they survive
 * re-derivation; entries whose derived item disappeared are kept (and ignored) in case
 * it comes back.
 */
export const BorisOverrides = z.object({
  nodePositions: z.record(z.string().max(DERIVED_ID_MAX_LENGTH), Point),
  hiddenEdgeIds: z.array(z.string().max(DERIVED_ID_MAX_LENGTH)),
  addedEdges: z.array(BorisAddedEdge),
  /** Annotations on derived or added nodes/edges. */
  notes: z.record(z.string().max(DERIVED_ID_MAX_LENGTH), freeText('note')),
  /**
   * Derived edges whose mode the team switched (sync ↔ async), by derived edge id. Absent
   * when none is switched, so boards saved before it existed read and write unchanged.
   */
  edgeModes: z.record(z.string().max(DERIVED_ID_MAX_LENGTH), EdgeMode).optional(),
});
export type BorisOverrides = z.infer<typeof BorisOverrides>;

export function emptyBorisOverrides(): BorisOverrides {
  return { nodePositions: {}, hiddenEdgeIds: [], addedEdges: [], notes: {} };
}
