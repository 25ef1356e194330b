// Cross-record invariants of a board, each declared once as a check/repair pair: the
// file integrity check (src/file/integrity.ts) reports what the repair would change,
// docToBoard (src/yjs) and the web store repair it the same way, and the live document's
// delete helpers (src/yjs) write the same repair in the deleting transaction.
export { membershipOwners, withOwnedMembers } from './membership';
export { RECORD_TYPES, withUniqueIds } from './recordIds';
export type { RecordType } from './recordIds';
export { repairLink } from './links';
export { sliceEventBreaches, withSliceEvents } from './slices';
export type { SliceEventBreach } from './slices';
export { isDanglingLane, withExistingLane } from './lanes';
export { relationshipBreaches, withSoundRelationships } from './relationships';
export type { RelationshipBreach } from './relationships';
