import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBoardFile, parseBoardValue } from '../file/parse';
import type { Board } from '../schema/Board';
import { emptyCanvas } from '../schema/BoundedContext';
import { arbitraryBoard } from '../testing/arbitraryBoard';
import { CURRENT_BOARD_VERSION, FIRST_BOARD_VERSION, INITIAL_VERSION, MIGRATIONS, migrateBoard } from './index';
import type { JsonObject, Migration } from './Migration';
import { V2_CONTEXT_COLOUR } from './v2AddFieldsAndCanvas';
import { suggestCreatingCommand, suggestOutcomes, suggestReadModelKey } from '../decisions/suggest';
import { indexBoard } from '../queries/boardIndex';
import type { Sticky } from '../schema/Sticky';

/** A sticky without the design decisions of version 4 (what versions 2 and 3 could hold). */
const withoutDecisions = ({ outcomes: _o, creatingCommandId: _c, lifecycle: _l, mappings: _m, schedule: _s, rowKey: _k, ...rest }: Sticky): Sticky => rest;
/** A sticky without the read-model key of version 6. */
const withoutRowKey = ({ rowKey: _k, ...rest }: Sticky): Sticky => rest;

/** `board` with the read-model keys migration 6 fills in from the suggestion. */
function withSuggestedKeys(board: Board): Board {
  const index = indexBoard(board);
  return {
    ...board,
    stickies: board.stickies.map((sticky) => {
      const rowKey = sticky.kind === 'readModel' ? suggestReadModelKey(index, sticky.id) : undefined;
      return rowKey === undefined ? sticky : { ...sticky, rowKey };
    }),
  };
}

/** `board` with the decisions migration 4 fills in from the heuristics, and no others. */
function withSuggestedDecisions(board: Board): Board {
  const index = indexBoard(board);
  const stickies = board.stickies.map((sticky) => {
    if (sticky.kind === 'command') {
      const outcomes = suggestOutcomes(index, sticky.id);
      return outcomes.length > 0 ? { ...sticky, outcomes } : sticky;
    }
    const creating = sticky.kind === 'aggregate' ? suggestCreatingCommand(index, sticky.id) : undefined;
    return creating === undefined ? sticky : { ...sticky, creatingCommandId: creating };
  });
  return withSuggestedKeys({ ...board, stickies });
}

/** Every migration that ran in this file; the guard at the end needs all of them. */
const exercised = new Set<string>();
const record = (m: Migration) => exercised.add(m.name);

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');
const envelope = (text: string) => JSON.parse(text) as { version: number; board: JsonObject };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** What an old Stormscape would have saved for `board`: only the properties of `version`. */
function downgrade(board: Board, version: number): JsonObject {
  // Context targets arrived in version 7.
  if (version < 7) board = { ...board, contexts: board.contexts.map(({ target: _t, ...c }) => c) };
  // Context-map positions arrived in version 5.
  if (version < 5) board = { ...board, contexts: board.contexts.map(({ mapPosition: _p, ...c }) => c) };
  const v1: JsonObject = {
    name: board.name,
    goals: board.goals,
    stickies: board.stickies.map(({ id, kind, text, position, size, laneId }) => ({ id, kind, text, position, size, laneId })),
    links: board.links,
    contexts: board.contexts.map(({ id, name, position, size, memberIds }) => ({ id, name, position, size, memberIds })),
    swimlanes: board.swimlanes,
  };
  if (version === 1) return v1;
  const v2 = { ...v1, stickies: board.stickies.map(withoutDecisions), contexts: board.contexts };
  if (version === 2) return v2;
  const v3 = { ...v2, relationships: board.relationships, slices: board.slices, boris: board.boris, snap: board.snap };
  if (version === 3) return v3;
  if (version < 6) return { ...v3, stickies: board.stickies.map(withoutRowKey) };
  return { ...v3, stickies: board.stickies };
}

/** `board` as it looks after migrating its `version` downgrade: new things empty. */
function upgraded(board: Board, fromVersion: number): Board {
  // Context targets arrived in version 7: every older board has none (undecided).
  if (fromVersion < 7) board = { ...board, contexts: board.contexts.map(({ target: _t, ...c }) => c) };
  // Context-map positions arrived in version 5: every older board has none.
  if (fromVersion < 5) board = { ...board, contexts: board.contexts.map(({ mapPosition: _p, ...c }) => c) };
  if (fromVersion === 6) return board;
  if (fromVersion === 4 || fromVersion === 5) return withSuggestedKeys({ ...board, stickies: board.stickies.map(withoutRowKey) });
  if (fromVersion === 3) return withSuggestedDecisions({ ...board, stickies: board.stickies.map(withoutDecisions) });
  const base: Board = { ...board, relationships: [], slices: [], boris: { nodePositions: {}, hiddenEdgeIds: [], addedEdges: [], notes: {} }, snap: { manualEntries: [], dismissedIds: [] } };
  if (fromVersion > 1) return withSuggestedDecisions({ ...base, stickies: board.stickies.map(withoutDecisions) });
  return withSuggestedDecisions({
    ...base,
    stickies: board.stickies.map(({ id, kind, text, position, size, laneId }) => ({ id, kind, text, position, size, laneId, description: '' })),
    // Version 1 had no code names (an optional field added without a migration).
    contexts: board.contexts.map(({ codeName: _codeName, ...c }) => ({ ...c, colour: V2_CONTEXT_COLOUR, canvas: emptyCanvas() })),
  });
}

describe('the migration list', () => {
  it('is numbered consecutively after the initial version, with unique names, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => FIRST_BOARD_VERSION + 1 + i));
    expect(new Set([INITIAL_VERSION.name, ...MIGRATIONS.map((m) => m.name)]).size).toBe(MIGRATIONS.length + 1);
    expect(CURRENT_BOARD_VERSION).toBe(FIRST_BOARD_VERSION + MIGRATIONS.length);
  });
});

describe.each(MIGRATIONS.map((m) => [`${m.version}-${m.name}`, m] as const))('migration %s', (name, migration) => {
  const before = envelope(fixture(`${name}.before`));
  const after = envelope(fixture(`${name}.after`));

  it('turns its before fixture into its after fixture, without touching the input', () => {
    expect(before.version).toBe(migration.version - 1);
    expect(after.version).toBe(migration.version);
    expect(migration.up(deepFreeze(structuredClone(before.board)))).toEqual(after.board);
    record(migration);
  });

  it('is idempotent: running it on its own output changes nothing', () => {
    expect(migration.up(after.board)).toEqual(after.board);
    record(migration);
  });

  it('leaves values of the wrong shape for validation to report', () => {
    const broken = { ...before.board, stickies: 'oops', contexts: [42, null] };
    expect(() => migration.up(broken)).not.toThrow();
    record(migration);
  });

  it('loads the before fixture as a file, migrated to the current version', () => {
    const result = parseBoardFile(fixture(`${name}.before`));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.migratedFrom).toBe(before.version);
    expect(migrateBoard(before.board, before.version, record)).toEqual(JSON.parse(JSON.stringify(result.board)));
  });
});

describe('migrating generated boards', () => {
  it('brings every older version of any valid board to a valid current board, losing nothing', () => {
    fc.assert(
      fc.property(arbitraryBoard(), fc.integer({ min: FIRST_BOARD_VERSION, max: CURRENT_BOARD_VERSION - 1 }), (board, version) => {
        const result = parseBoardValue({ format: 'stormscape.board', version, board: deepFreeze(downgrade(board, version)) });
        if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5), null, 2));
        expect(result.migratedFrom).toBe(version);
        expect(result.board).toEqual(upgraded(board, version));
      }),
      { numRuns: 150 },
    );
  });

  it('composes: one step at a time equals all at once, and a second run changes nothing', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const v1 = downgrade(board, 1);
        const all = migrateBoard(v1, 1, record);
        const stepwise = MIGRATIONS.reduce((b, m) => m.up(b), v1);
        expect(stepwise).toEqual(all);
        expect(migrateBoard(all, 1)).toEqual(all);
      }),
      { numRuns: 100 },
    );
  });
});

describe('guard', () => {
  it('every migration was exercised by this file (add a fixture pair when you add one)', () => {
    expect(MIGRATIONS.filter((m) => !exercised.has(m.name)).map((m) => m.name)).toEqual([]);
  });
});
