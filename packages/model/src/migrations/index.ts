import type { JsonObject, Migration } from './Migration';
import { INITIAL_VERSION } from './v1InitialStorm';
import { addFieldsAndCanvas } from './v2AddFieldsAndCanvas';
import { addSlicesAndDesignOverrides } from './v3AddSlicesAndDesignOverrides';
import { addExplicitDecisions } from './v4AddExplicitDecisions';
import { addContextMapPositions } from './v5AddContextMapPositions';
import { addReadModelKeys } from './v6AddReadModelKeys';
import { addContextTargets } from './v7AddContextTargets';

export type { JsonObject, Migration } from './Migration';
export { INITIAL_VERSION } from './v1InitialStorm';

/** Every migration, in order; `MIGRATIONS[i].version === i + 2`. Append only. */
export const MIGRATIONS: readonly Migration[] = [addFieldsAndCanvas, addSlicesAndDesignOverrides, addExplicitDecisions, addContextMapPositions, addReadModelKeys, addContextTargets];

/** The oldest board file version this code reads. */
export const FIRST_BOARD_VERSION: number = INITIAL_VERSION.version;

/** The board file version this code writes (and the newest it reads). */
export const CURRENT_BOARD_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? FIRST_BOARD_VERSION;

/**
 * Runs every migration after `fromVersion`, in order, on an untrusted board value.
 * `onApplied` is told each migration that ran (tests use it to prove every migration is
 * exercised). The caller checks `fromVersion` is within range first.
 */
export function migrateBoard(board: JsonObject, fromVersion: number, onApplied?: (migration: Migration) => void): JsonObject {
  let current = board;
  for (const migration of MIGRATIONS) {
    if (migration.version <= fromVersion) continue;
    current = migration.up(current);
    onApplied?.(migration);
  }
  return current;
}
