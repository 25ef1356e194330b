// Cross-record invariants of a board, each declared once as a check/repair pair: the
// file integrity check (src/file/integrity.ts) reports what the repair would change,
// and docToBoard (src/yjs) and the web store repair it the same way.
export { membershipOwners, withOwnedMembers } from './membership';
export { RECORD_TYPES, withUniqueIds } from './recordIds';
export type { RecordType } from './recordIds';
export { repairLink } from './links';
