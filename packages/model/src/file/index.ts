export type { BoardFileError } from './BoardFileError';
export { MAX_REPORTED_ERRORS } from './BoardFileError';
export { BOARD_FILE_FORMAT } from './envelope';
export type { ParseResult } from './parse';
export { parseBoardFile, parseBoardValue } from './parse';
export { canonicaliseBoard, serialiseBoard } from './serialise';
export { checkBoardIntegrity } from './integrity';
export { CURRENT_BOARD_VERSION, FIRST_BOARD_VERSION, MIGRATIONS, migrateBoard } from '../migrations/index';
export type { Migration } from '../migrations/index';
