// Guided-workshop helpers: phases, facilitation maths, and the summary / CML exports.
export * from './phases';
export * from './timer';
export * from './votes';
export * from './facilitationState';
export * from './silentWriting';
export { exportContextMapperCml } from './cml';
export { cmlName, isCmlKeyword } from './cmlNames';
export { mdInline } from './markdown';
export { exportWorkshopSummary, SNAP_SECTION_TITLES } from './summary';
export type { WorkshopSummaryOptions } from './summary';
