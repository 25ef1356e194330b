/**
 * `@stormscape/model/yjs`: the shared Y.Doc layout of a board (see README.md here),
 * conversion to and from `Board`, and the mutation helpers the UI edits through.
 */
export * from './layout';
export { newId } from './newId';
/** Re-exported from the schema, where the record rules are declared. */
export { DEFAULT_CONTEXT_COLOUR, isReservedId } from '../schema/index';
export {
  readSticky,
  readContext,
  readLink,
  readGoal,
  readSwimlane,
  readSlice,
  readRelationship,
  readBorisEdge,
  readSnapEntry,
  readCanvas,
  readMembers,
  readPoint,
  compareIds,
} from './read';
export { boardToDoc } from './boardToDoc';
export { docToBoard } from './docToBoard';
export { wellFormed } from './write';
export * from './stickies';
export * from './links';
export * from './contexts';
export * from './records';
export * from './overrides';
// Live workshop facilitation state (phase, timer, votes…), kept in maps of its own that
// docToBoard never reads; owned by the workshop helper (src/workshop/).
export * from './facilitation';
export { observeChangedIds } from './observe';
export * from './docMigrations';
