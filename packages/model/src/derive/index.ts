export type * from './borisTypes';
export type * from './snapTypes';
export { deriveBoris } from './deriveBoris';
export { deriveSnap, deriveSnapSheets } from './deriveSnap';
export type { RelationshipSuggestion } from './suggestRelationships';
export { suggestRelationships } from './suggestRelationships';
export { serviceNodeId, topicNodeId } from './borisGraph';
export { asyncReach } from './asyncReach';
