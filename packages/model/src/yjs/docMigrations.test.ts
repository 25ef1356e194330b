import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { canonicaliseBoard } from '../file/serialise';
import { Board } from '../schema/Board';
import { boardToDoc } from './boardToDoc';
import type { DocMigration } from './docMigrations';
import { addContextTargetsToDoc, addExplicitDecisionsToDoc, addReadModelKeysToDoc, canWriteDoc, DOC_MIGRATIONS, FIRST_LAYOUT, layoutStatus, migrateDoc } from './docMigrations';
import { docToBoard } from './docToBoard';
import { BOARD_KEYS, boardMaps, readLayoutVersion, STICKY_KEYS, stickyMap, YJS_LAYOUT_VERSION } from './layout';
import { updateSticky } from './stickies';
import { updateContext } from './contexts';

/** Every doc migration that ran in this file; the guard at the end needs all of them. */
const exercised = new Set<string>();
const record = (m: DocMigration) => exercised.add(m.name);

/** A fixture: the board a document holds, and the layout it was written with. */
function fixture(name: string): { layoutVersion: number; board: Board } {
  const raw = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as { layoutVersion: number; board: unknown };
  return { layoutVersion: raw.layoutVersion, board: Board.parse(raw.board) };
}

/** A document as code of `layoutVersion` would have written `board`. */
function docAt(board: Board, layoutVersion: number): Y.Doc {
  const doc = boardToDoc(board);
  boardMaps(doc).board.set(BOARD_KEYS.layoutVersion, layoutVersion);
  return doc;
}

describe('the doc migration list', () => {
  it('is numbered consecutively after the first layout, with unique names, ending at the current layout', () => {
    expect(DOC_MIGRATIONS.map((m) => m.version)).toEqual(DOC_MIGRATIONS.map((_, i) => FIRST_LAYOUT.version + 1 + i));
    expect(new Set([FIRST_LAYOUT.name, ...DOC_MIGRATIONS.map((m) => m.name)]).size).toBe(DOC_MIGRATIONS.length + 1);
    expect(YJS_LAYOUT_VERSION).toBe(FIRST_LAYOUT.version + DOC_MIGRATIONS.length);
  });
});

describe.each(DOC_MIGRATIONS.map((m) => [`${m.version}-${m.name}`, m] as const))('doc migration %s', (name, migration) => {
  const before = fixture(`${name}.before`);
  const after = fixture(`${name}.after`);

  it('turns a document holding its before fixture into one holding its after fixture', () => {
    expect(before.layoutVersion).toBe(migration.version - 1);
    expect(after.layoutVersion).toBe(migration.version);
    const doc = docAt(before.board, before.layoutVersion);
    doc.transact(() => migration.up(doc));
    record(migration);
    expect(docToBoard(doc)).toEqual(canonicaliseBoard(after.board));
  });

  it('is idempotent: running it again writes nothing', () => {
    const doc = docAt(after.board, after.layoutVersion);
    const stateBefore = Y.encodeStateVector(doc);
    doc.transact(() => migration.up(doc));
    record(migration);
    expect(Y.encodeStateVector(doc)).toEqual(stateBefore);
  });

  it('runs through migrateDoc from the layout before it, which then records the current layout', () => {
    const doc = docAt(before.board, migration.version - 1);
    expect(layoutStatus(doc)).toEqual({ kind: 'older', version: migration.version - 1 });
    expect(migrateDoc(doc, 'test', record)).toEqual({ kind: 'current', version: YJS_LAYOUT_VERSION });
    expect(readLayoutVersion(doc)).toBe(YJS_LAYOUT_VERSION);
  });
});

describe('AddExplicitDecisions on a live document', () => {
  it('keeps decisions people made meanwhile, filling only what is missing', () => {
    const { board } = fixture('2-AddExplicitDecisions.before');
    const doc = docAt(board, 1);
    updateSticky(doc, 'reserveSpace', { outcomes: [{ eventId: 'spaceRefused', kind: 'rejection' }] });
    doc.transact(() => addExplicitDecisionsToDoc.up(doc));
    record(addExplicitDecisionsToDoc);
    const migrated = docToBoard(doc);
    expect(migrated.stickies.find((s) => s.id === 'reserveSpace')?.outcomes).toEqual([{ eventId: 'spaceRefused', kind: 'rejection' }]);
    expect(migrated.stickies.find((s) => s.id === 'booking')?.creatingCommandId).toBe('reserveSpace');
  });

  it('treats a document without layoutVersion as the first layout', () => {
    const doc = boardToDoc(fixture('2-AddExplicitDecisions.before').board);
    boardMaps(doc).board.delete(BOARD_KEYS.layoutVersion);
    expect(layoutStatus(doc)).toEqual({ kind: 'older', version: FIRST_LAYOUT.version });
    migrateDoc(doc, undefined, record);
    expect(stickyMap(doc, 'chargeCard')?.get(STICKY_KEYS.outcomes)).toEqual([
      { eventId: 'cardCharged', kind: 'success' },
      { eventId: 'cardDeclined', kind: 'rejection' },
    ]);
  });
});

describe('AddReadModelKeys on a live document', () => {
  it('keeps a row key people set meanwhile, filling only read models without one', () => {
    const { board } = fixture('4-AddReadModelKeys.before');
    const doc = docAt(board, 3);
    const chosen = { fields: ['shipper id'], events: [{ eventId: 'spaceReserved', row: { kind: 'find' as const, parts: [{ keyField: 'shipper id', source: { kind: 'eventField' as const, field: 'shipper id' } }] } }] };
    updateSticky(doc, 'myBookings', { rowKey: chosen });
    doc.transact(() => addReadModelKeysToDoc.up(doc));
    record(addReadModelKeysToDoc);
    const migrated = docToBoard(doc);
    expect(migrated.stickies.find((s) => s.id === 'myBookings')?.rowKey).toEqual(chosen);
    expect(migrated.stickies.find((s) => s.id === 'loansOpen')?.rowKey?.fields).toEqual(['loan id']);
  });
});

describe('AddContextTargets on a live document', () => {
  it('leaves every context undecided but keeps a target someone set meanwhile', () => {
    const { board } = fixture('5-AddContextTargets.before');
    const doc = docAt(board, 4);
    const [first, ...others] = board.contexts;
    if (!first || others.length === 0) throw new Error('fixture');
    updateContext(doc, first.id, { target: 'spring' });
    expect(migrateDoc(doc, 'test', record)).toEqual({ kind: 'current', version: YJS_LAYOUT_VERSION });
    doc.transact(() => addContextTargetsToDoc.up(doc));
    const migrated = docToBoard(doc);
    expect(migrated.contexts.find((c) => c.id === first.id)?.target).toBe('spring');
    for (const c of others) expect(migrated.contexts.find((m) => m.id === c.id), c.id).not.toHaveProperty('target');
  });
});

describe('a document newer than this code', () => {
  it('may be read but not written, and migrateDoc leaves it alone', () => {
    const doc = docAt(fixture('2-AddExplicitDecisions.before').board, YJS_LAYOUT_VERSION + 1);
    expect(canWriteDoc(doc)).toBe(false);
    const stateBefore = Y.encodeStateVector(doc);
    expect(migrateDoc(doc)).toEqual({ kind: 'newer', version: YJS_LAYOUT_VERSION + 1 });
    expect(Y.encodeStateVector(doc)).toEqual(stateBefore);
    expect(docToBoard(doc).stickies.length).toBeGreaterThan(0);
  });

  it('a current document is writable', () => {
    expect(canWriteDoc(boardToDoc(fixture('2-AddExplicitDecisions.after').board))).toBe(true);
  });
});

describe('guard', () => {
  it('every doc migration was exercised by this file (add a fixture pair when you add one)', () => {
    expect(DOC_MIGRATIONS.filter((m) => !exercised.has(m.name)).map((m) => m.name)).toEqual([]);
  });
});

describe('decisions in the live document', () => {
  it('are written by updateSticky, read back, dropped on a kind change, and repaired when they dangle', () => {
    const doc = boardToDoc(fixture('2-AddExplicitDecisions.after').board);
    updateSticky(doc, 'booking', {
      lifecycle: { states: ['Reserved'], acceptedIn: [{ commandId: 'cancelBooking', states: ['Reserved'] }], transitions: [{ eventId: 'spaceReserved', state: 'Reserved' }], invariants: ['Within capacity'] },
    });
    updateSticky(doc, 'spaceRefused', { timed: true, schedule: { kind: 'after', duration: 'PT2H', eventId: 'spaceReserved' } });
    let board = docToBoard(doc);
    expect(board.stickies.find((s) => s.id === 'booking')?.lifecycle?.invariants).toEqual(['Within capacity']);
    expect(board.stickies.find((s) => s.id === 'spaceRefused')?.schedule).toEqual({ kind: 'after', duration: 'PT2H', eventId: 'spaceReserved' });
    expect(() => updateSticky(doc, 'spaceRefused', { schedule: { kind: 'cron', expression: 'often' } })).toThrow();

    // A peer deletes the reserved event: outcomes, transitions and schedules naming it lose that part.
    boardMaps(doc).stickies.delete('spaceReserved');
    board = docToBoard(doc);
    expect(board.stickies.find((s) => s.id === 'reserveSpace')?.outcomes).toEqual([{ eventId: 'spaceRefused', kind: 'rejection' }]);
    expect(board.stickies.find((s) => s.id === 'booking')?.lifecycle?.transitions).toEqual([]);
    expect(board.stickies.find((s) => s.id === 'spaceRefused')?.schedule).toBeUndefined();

    // A hostile value is dropped, the sticky kept.
    stickyMap(doc, 'cancelBooking')?.set(STICKY_KEYS.outcomes, [{ eventId: 42 }]);
    expect(docToBoard(doc).stickies.find((s) => s.id === 'cancelBooking')?.outcomes).toBeUndefined();

    updateSticky(doc, 'reserveSpace', { kind: 'event' });
    expect(stickyMap(doc, 'reserveSpace')?.has(STICKY_KEYS.outcomes)).toBe(false);
  });
});
