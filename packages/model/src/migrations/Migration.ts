/** A board as plain JSON, before validation: migrations see untrusted data. */
export type JsonObject = Record<string, unknown>;

/**
 * One named step of the board file history (tldraw style). `up` turns a board of
 * `version - 1` into one of `version`. It must not mutate its input, must leave values
 * of the wrong shape alone (validation reports them afterwards, with the same paths, so
 * it must keep array order) and must be idempotent (only fill in what is missing).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(board: JsonObject): JsonObject;
}

export const isJsonObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Maps the objects of `board[key]` when it is an array; anything else is left as is. */
export function mapRecords(board: JsonObject, key: string, fn: (record: JsonObject) => JsonObject): JsonObject {
  const list = board[key];
  if (!Array.isArray(list)) return board;
  return { ...board, [key]: list.map((item: unknown) => (isJsonObject(item) ? fn(item) : item)) };
}

/** `record` with `key` set to `value()` unless it is already present. */
export function withDefault(record: JsonObject, key: string, value: () => unknown): JsonObject {
  return Object.hasOwn(record, key) ? record : { ...record, [key]: value() };
}
