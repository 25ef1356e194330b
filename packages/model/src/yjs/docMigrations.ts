import type * as Y from 'yjs';
import { addExplicitDecisions } from '../migrations/v4AddExplicitDecisions';
import { addReadModelKeys } from '../migrations/v6AddReadModelKeys';
import { docToBoard } from './docToBoard';
import { BOARD_KEYS, boardMaps, readLayoutVersion, STICKY_KEYS, stickyMap, YJS_LAYOUT_VERSION } from './layout';
import { clean, transact } from './write';

/**
 * One named step of the live document's history, beside the file migrations
 * (`src/migrations/`). `up` turns a document of layout `version - 1` into one of
 * `version`; it runs inside a transaction, must be idempotent (only fill in what is
 * missing: the server and a client may both run it on the same document) and must write
 * only through keys, never replace records (concurrent edits keep merging).
 */
export interface DocMigration {
  readonly version: number;
  readonly name: string;
  up(doc: Y.Doc): void;
}

/** The first layout: documents written before layouts were migrated (also those with no `layoutVersion`). */
export const FIRST_LAYOUT = { version: 1, name: 'InitialLayout' } as const;

/**
 * Layout 2, `AddExplicitDecisions`: sticky maps may hold `outcomes`, `creatingCommandId`,
 * `lifecycle`, `mappings` and `schedule`. Commands without outcomes and aggregates
 * without a creating command get them from the same heuristics as file migration 4, so
 * a live board keeps the meaning it had.
 */
export const addExplicitDecisionsToDoc: DocMigration = {
  version: 2,
  name: 'AddExplicitDecisions',
  up(doc) {
    const board = docToBoard(doc);
    const migrated = addExplicitDecisions.up(board as unknown as Record<string, unknown>) as unknown as typeof board;
    for (const sticky of migrated.stickies) {
      const m = stickyMap(doc, sticky.id);
      if (!m) continue;
      if (sticky.outcomes && !m.has(STICKY_KEYS.outcomes)) m.set(STICKY_KEYS.outcomes, clean(sticky.outcomes));
      if (sticky.creatingCommandId !== undefined && !m.has(STICKY_KEYS.creatingCommandId)) m.set(STICKY_KEYS.creatingCommandId, sticky.creatingCommandId);
    }
  },
};

/**
 * Layout 3, `AddContextMapPositions`: a context's Y.Map may hold `mapPos`, where a person
 * dragged its node on the context map. Absent means "laid out automatically", so there is
 * nothing to fill in; the version keeps older clients (which would not show the position)
 * from writing to a document that has them.
 */
export const addContextMapPositionsToDoc: DocMigration = {
  version: 3,
  name: 'AddContextMapPositions',
  up() {
    // Nothing to fill: an unplaced context is laid out by the map.
  },
};

/**
 * Layout 4, `AddReadModelKeys`: read-model sticky maps may hold `rowKey`. Read models
 * without one get the same suggestion as file migration 6 (the rule codegen used to
 * apply), so a live board generates the projections it did.
 */
export const addReadModelKeysToDoc: DocMigration = {
  version: 4,
  name: 'AddReadModelKeys',
  up(doc) {
    const board = docToBoard(doc);
    const migrated = addReadModelKeys.up(board as unknown as Record<string, unknown>) as unknown as typeof board;
    for (const sticky of migrated.stickies) {
      const m = stickyMap(doc, sticky.id);
      if (m && sticky.rowKey && !m.has(STICKY_KEYS.rowKey)) m.set(STICKY_KEYS.rowKey, clean(sticky.rowKey));
    }
  },
};

/**
 * Layout 5, `AddContextTargets`: a context's Y.Map may hold `target`, the service target
 * decided for it (file migration 7). Absent means undecided, so there is nothing to fill
 * in; the version keeps older clients (which would not show the decision) from writing.
 */
export const addContextTargetsToDoc: DocMigration = {
  version: 5,
  name: 'AddContextTargets',
  up() {
    // Nothing to fill: an undecided context uses the generate command's target.
  },
};

/** Every doc migration, in order; `DOC_MIGRATIONS[i].version === i + 2`. Append only. */
export const DOC_MIGRATIONS: readonly DocMigration[] = [addExplicitDecisionsToDoc, addContextMapPositionsToDoc, addReadModelKeysToDoc, addContextTargetsToDoc];

/** How a document's layout relates to this code's. */
export type LayoutStatus =
  /** Same layout: read and write. */
  | { readonly kind: 'current'; readonly version: number }
  /** Older layout: run `migrateDoc` before writing. */
  | { readonly kind: 'older'; readonly version: number }
  /** Written by newer code: read it, but never write (this code would lose what it does not know). */
  | { readonly kind: 'newer'; readonly version: number };

/** The layout of `doc` as this code sees it (an unversioned document counts as the first layout). */
export function layoutStatus(doc: Y.Doc): LayoutStatus {
  const stored = readLayoutVersion(doc);
  const version = stored === 0 ? FIRST_LAYOUT.version : stored;
  if (version > YJS_LAYOUT_VERSION) return { kind: 'newer', version };
  return { kind: version < YJS_LAYOUT_VERSION ? 'older' : 'current', version };
}

/** Whether this code may write to `doc`: false when a newer layout wrote it. */
export function canWriteDoc(doc: Y.Doc): boolean {
  return layoutStatus(doc).kind !== 'newer';
}

/**
 * Brings `doc` to this code's layout: runs every doc migration after its version in one
 * transaction and records `layoutVersion`. Call it when a room loads (server) and when
 * a client opens a board, after the first sync. Does nothing (and returns the status) on
 * a current document, and never touches a newer one. `onApplied` is told each migration
 * that ran (tests use it to prove every migration is exercised).
 */
export function migrateDoc(doc: Y.Doc, origin?: unknown, onApplied?: (migration: DocMigration) => void): LayoutStatus {
  const status = layoutStatus(doc);
  if (status.kind !== 'older') return status;
  transact(doc, origin, () => {
    for (const migration of DOC_MIGRATIONS) {
      if (migration.version <= status.version) continue;
      migration.up(doc);
      onApplied?.(migration);
    }
    boardMaps(doc).board.set(BOARD_KEYS.layoutVersion, YJS_LAYOUT_VERSION);
  });
  return { kind: 'current', version: YJS_LAYOUT_VERSION };
}
