import { isReservedId } from '../schema/ids';

// Invariant: ids are unique across every record of a board, and none is a built-in
// property name (`constructor`, `__proto__`, …). When two records share an id (a file
// edited by hand, or peers creating records with the same id), the record type earlier
// in RECORD_TYPES keeps it: the file check reports the later ones, docToBoard and the
// web store drop them.

/** Record types in the order they claim ids, with where each lives in a `Board`. */
export const RECORD_TYPES = [
  { type: 'sticky', path: ['stickies'] },
  { type: 'context', path: ['contexts'] },
  { type: 'swimlane', path: ['swimlanes'] },
  { type: 'goal', path: ['goals'] },
  { type: 'slice', path: ['slices'] },
  { type: 'link', path: ['links'] },
  { type: 'relationship', path: ['relationships'] },
  { type: 'Boris edge', path: ['boris', 'addedEdges'] },
  { type: 'SNAP-E entry', path: ['snap', 'manualEntries'] },
] as const;
export type RecordType = (typeof RECORD_TYPES)[number]['type'];

/**
 * The repair: the records of each type that keep their id — not reserved, and not taken
 * by a record of an earlier type in {@link RECORD_TYPES} or earlier in the same list.
 */
export function withUniqueIds<R extends { [K in RecordType]: readonly { id: string }[] }>(records: R): R {
  const used = new Set<string>();
  const out = {} as Record<RecordType, readonly { id: string }[]>;
  for (const { type } of RECORD_TYPES) {
    out[type] = records[type].filter((r) => (used.has(r.id) || isReservedId(r.id) ? false : (used.add(r.id), true)));
  }
  return out as R;
}
