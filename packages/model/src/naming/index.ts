export * from './codeName';
export * from './codeWords';
export { toAscii } from './transliterate';
