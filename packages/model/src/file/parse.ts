import { CURRENT_BOARD_VERSION, FIRST_BOARD_VERSION, migrateBoard } from '../migrations/index';
import { isJsonObject } from '../migrations/Migration';
import { Board } from '../schema/Board';
import type { BoardFileError } from './BoardFileError';
import { ErrorList, preview } from './BoardFileError';
import { BOARD_FILE_FORMAT, ENVELOPE_KEYS } from './envelope';
import { collectIntegrityErrors } from './integrity';
import { findJsonSyntaxError } from './jsonSyntax';
import { addUnknownKeys } from './unknownKeys';
import { addZodIssues, jsonTypeOf } from './zodIssues';

export type ParseResult =
  | { ok: true; board: Board; migratedFrom: number | null }
  | { ok: false; errors: BoardFileError[] };

const failed = (errors: ErrorList): ParseResult => ({ ok: false, errors: errors.result() });

/**
 * Reads a `*.storm.json` text: JSON syntax (errors say line and column), then
 * {@link parseBoardValue}. Never throws; every problem comes back as an error.
 */
export function parseBoardFile(text: string): ParseResult {
  const errors = new ErrorList();
  if (typeof text !== 'string') {
    errors.add([], `expected the text of a board file but got ${jsonTypeOf(text)}`);
    return failed(errors);
  }
  // Editors on some systems prepend a byte-order mark; it is not part of the JSON.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (cause) {
    const syntax = findJsonSyntaxError(source);
    if (syntax) errors.add([], `not valid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.message}`, 'a JSON board file');
    else errors.add([], `not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`, 'a JSON board file');
    return failed(errors);
  }
  return parseBoardValue(value);
}

function checkVersion(version: unknown, errors: ErrorList): number | null {
  if (version === undefined) errors.add(['version'], 'missing', `an integer from ${FIRST_BOARD_VERSION} to ${CURRENT_BOARD_VERSION}`);
  else if (typeof version !== 'number' || !Number.isInteger(version))
    errors.add(['version'], `the version must be a whole number, got ${typeof version === 'number' ? String(version) : jsonTypeOf(version)}`, `an integer from ${FIRST_BOARD_VERSION} to ${CURRENT_BOARD_VERSION}`);
  else if (version > CURRENT_BOARD_VERSION)
    errors.add(
      ['version'],
      `this board was saved by a newer Stormscape (file version ${version}; this one reads up to version ${CURRENT_BOARD_VERSION}). Update Stormscape to open it; it was not loaded, to avoid losing data`,
      `a version up to ${CURRENT_BOARD_VERSION}`,
    );
  else if (version < FIRST_BOARD_VERSION) errors.add(['version'], `there is no board file version ${version}`, `an integer from ${FIRST_BOARD_VERSION} to ${CURRENT_BOARD_VERSION}`);
  else return version;
  return null;
}

/**
 * Validates an already-parsed board file value: the envelope
 * `{ format: "stormscape.board", version, board }`, then the migrations from `version` to
 * {@link CURRENT_BOARD_VERSION}, then the schema (unknown properties included) and
 * cross-record integrity. A version newer than the code is refused, never guessed at.
 * Reports every error (up to a cap), with JSON paths like `$.board.stickies[3].kind`.
 * Does not mutate `value`.
 */
export function parseBoardValue(value: unknown): ParseResult {
  try {
    return parseEnvelope(value);
  } catch (cause) {
    // Only reachable with values JSON cannot produce (throwing getters, proxies).
    const errors = new ErrorList();
    errors.add([], `could not read this board: ${cause instanceof Error ? cause.message : String(cause)}`);
    return failed(errors);
  }
}

function parseEnvelope(value: unknown): ParseResult {
  const errors = new ErrorList();
  if (!isJsonObject(value)) {
    errors.add([], `expected a board file object but got ${jsonTypeOf(value)}`, `{ "format": "${BOARD_FILE_FORMAT}", "version": ${CURRENT_BOARD_VERSION}, "board": { … } }`);
    return failed(errors);
  }
  const format = value.format;
  if (format !== BOARD_FILE_FORMAT) {
    const got = typeof format === 'string' ? JSON.stringify(preview(format)) : jsonTypeOf(format);
    errors.add(['format'], format === undefined ? 'missing: this is not a Stormscape board file' : `not a Stormscape board file (format is ${got})`, JSON.stringify(BOARD_FILE_FORMAT));
  }
  const version = checkVersion(value.version, errors);
  const raw = value.board;
  if (!isJsonObject(raw)) errors.add(['board'], raw === undefined ? 'missing' : `wrong type: got ${jsonTypeOf(raw)}`, 'an object');
  // A stray envelope key is reported but does not stop the board being checked.
  const fatal = errors.size > 0;
  for (const key of Object.keys(value)) {
    if (!(ENVELOPE_KEYS as readonly string[]).includes(key)) errors.add([key], 'unknown property', `only ${ENVELOPE_KEYS.join(', ')}`);
  }
  if (fatal || version === null || !isJsonObject(raw)) return failed(errors);

  let migrated: unknown;
  try {
    migrated = migrateBoard(raw, version);
  } catch (cause) {
    errors.add(['board'], `could not migrate this board from version ${version}: ${cause instanceof Error ? cause.message : String(cause)}`);
    return failed(errors);
  }
  addUnknownKeys(errors, Board, migrated, ['board']);
  const parsed = Board.safeParse(migrated);
  if (!parsed.success) addZodIssues(errors, parsed.error.issues, migrated, ['board']);
  collectIntegrityErrors(migrated, errors, ['board']);
  if (errors.size > 0 || !parsed.success) return failed(errors);
  return { ok: true, board: parsed.data, migratedFrom: version === CURRENT_BOARD_VERSION ? null : version };
}
