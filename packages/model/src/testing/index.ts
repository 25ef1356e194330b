export { arbitraryBoard, HOSTILE_STRINGS } from './arbitraryBoard';
export { generateLargeBoard } from './generateLargeBoard';
export type { LargeBoardOptions } from './generateLargeBoard';
