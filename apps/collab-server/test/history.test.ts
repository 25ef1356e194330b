import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBoardFile } from '@stormscape/model';
import { addSticky as addModelSticky, boardMaps, deleteStickies, docToBoard, updateSticky } from '@stormscape/model/yjs';
import type { RunningServer } from './helpers';
import { connect, createBoard, startServer, synced, tempDir, waitFor } from './helpers';
import { storages, type Storage } from './storages';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(storage: Storage, overrides = {}): Promise<RunningServer> {
  const s = await startServer({ ...(await storage.config()), ...overrides });
  cleanups.push(() => s.stop());
  return s;
}

interface Listed {
  id: number;
  kind: string;
  name: string | null;
  changes: { clientId: number; inserted: number; name: string | null }[];
  people: { name: string; inserted: number }[];
}

/** A stock client with its own undo manager, tracking only its own origin (as the web app does). */
function client(s: RunningServer, boardId: string, token: string) {
  const c = connect(s.ws, boardId, token);
  cleanups.push(() => c.provider.destroy());
  const origin = { user: c.doc.clientID };
  const undo = new Y.UndoManager(Object.values(boardMaps(c.doc)), { trackedOrigins: new Set([origin]) });
  const edit = (body: () => void) => {
    undo.stopCapturing();
    c.doc.transact(body, origin);
  };
  return { ...c, undo, edit };
}

/** The board as the model reads it: sticky id → text, in id order. */
const stickyTexts = (doc: Y.Doc): Record<string, string> =>
  Object.fromEntries(
    docToBoard(doc)
      .stickies.map((sticky) => [sticky.id, sticky.text] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

function addSticky(doc: Y.Doc, id: string, text: string): void {
  addModelSticky(doc, { id, kind: 'event', position: { x: 0, y: 0 }, text });
}

describe.each(storages())('board history (REST) on $name', (storage) => {
  it('saves a named version, lists who changed how much, and restores it as one new change both clients converge on; undo stays sane', async () => {
    const s = await server(storage);
    const board = await createBoard(s.http);
    const edit = { authorization: `Bearer ${board.editToken}` };
    const view = { authorization: `Bearer ${board.viewToken}` };
    const alice = client(s, board.id, board.editToken);
    const bob = client(s, board.id, board.editToken);
    await Promise.all([synced(alice.provider), synced(bob.provider)]);

    alice.edit(() => addSticky(alice.doc, 's1', 'one'));
    bob.edit(() => addSticky(bob.doc, 's2', 'two'));
    const bigPicture = { s1: 'one', s2: 'two' };
    await waitFor(() => JSON.stringify(stickyTexts(alice.doc)) === JSON.stringify(bigPicture) && JSON.stringify(stickyTexts(bob.doc)) === JSON.stringify(bigPicture), 'both clients see both stickies');

    expect((await fetch(`${s.http}/api/boards/${board.id}/versions`, { method: 'POST', body: '{"name":"x"}', headers: view })).status).toBe(403);
    const saved = await fetch(`${s.http}/api/boards/${board.id}/versions`, { method: 'POST', body: JSON.stringify({ name: 'after big picture' }), headers: edit });
    expect(saved.status).toBe(201);
    const version = (await saved.json()) as Listed;
    expect(version).toMatchObject({ kind: 'named', name: 'after big picture' });
    // Who changed how much: both editors (and the server's client that wrote the new board).
    expect(version.changes.map((c) => c.clientId)).toEqual(expect.arrayContaining([alice.doc.clientID, bob.doc.clientID]));

    // More edits after the version: Alice deletes and adds, Bob changes a text.
    alice.edit(() => {
      deleteStickies(alice.doc, ['s1']);
      addSticky(alice.doc, 's3', 'three');
    });
    bob.edit(() => updateSticky(bob.doc, 's2', { text: 'TWO' }));
    const later = { s2: 'TWO', s3: 'three' };
    await waitFor(() => JSON.stringify(stickyTexts(alice.doc)) === JSON.stringify(later) && JSON.stringify(stickyTexts(bob.doc)) === JSON.stringify(later), 'both clients see the later edits');

    // Viewers list and preview, but cannot restore.
    const listed = (await (await fetch(`${s.http}/api/boards/${board.id}/versions`, { headers: view })).json()) as Listed[];
    expect(listed.map((v) => v.name)).toEqual(['after big picture']);
    const preview = await fetch(`${s.http}/api/boards/${board.id}/versions/${version.id}`, { headers: view });
    expect(preview.status).toBe(200);
    expect(parseBoardFile(await preview.text()).ok).toBe(true);
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/${version.id}/restore`, { method: 'POST', headers: view })).status).toBe(403);
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/999999/restore`, { method: 'POST', headers: edit })).status).toBe(404);

    const restored = await fetch(`${s.http}/api/boards/${board.id}/versions/${version.id}/restore`, { method: 'POST', headers: edit });
    expect(restored.status).toBe(200);
    const { backupVersionId } = (await restored.json()) as { backupVersionId: number };
    await waitFor(() => JSON.stringify(stickyTexts(alice.doc)) === JSON.stringify(bigPicture) && JSON.stringify(stickyTexts(bob.doc)) === JSON.stringify(bigPicture), 'both clients see the restored board');

    // Nothing destroyed: the state before the restore is a version of its own.
    const after = (await (await fetch(`${s.http}/api/boards/${board.id}/versions`, { headers: view })).json()) as Listed[];
    expect(after.map((v) => [v.id, v.name])).toEqual([
      [backupVersionId, 'Before restoring "after big picture"'],
      [version.id, 'after big picture'],
    ]);
    const backup = (await (await fetch(`${s.http}/api/boards/${board.id}/versions/${backupVersionId}`, { headers: view })).text());
    expect(backup).toContain('three');

    // Deleting a named version needs the edit token; automatic ones only expire.
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/${version.id}`, { method: 'DELETE', headers: view })).status).toBe(403);
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/${version.id}?token=${board.viewToken}`, { method: 'DELETE' })).status).toBe(403);
    const auto = await s.app.history.save(board.id, 'auto', null);
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/${auto!.id}`, { method: 'DELETE', headers: edit })).status).toBe(409);
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/${backupVersionId}`, { method: 'DELETE', headers: edit })).status).toBe(204);
    expect((await fetch(`${s.http}/api/boards/${board.id}/versions/${backupVersionId}`, { method: 'DELETE', headers: edit })).status).toBe(404);
    const remaining = (await (await fetch(`${s.http}/api/boards/${board.id}/versions`, { headers: view })).json()) as Listed[];
    expect(remaining.map((v) => v.id)).toEqual([auto!.id, version.id]);

    // Undo after a restore: each client undoes only its own changes, and everyone converges.
    alice.edit(() => addSticky(alice.doc, 's4', 'four'));
    await waitFor(() => stickyTexts(bob.doc).s4 === 'four', 'bob sees the new sticky');
    alice.undo.undo();
    await waitFor(() => JSON.stringify(stickyTexts(bob.doc)) === JSON.stringify(bigPicture), 'alice undid her new sticky; bob sees the restored board');
    expect(stickyTexts(alice.doc)).toEqual(bigPicture);
    // Undoing what the restore already reverted changes nothing.
    bob.undo.undo();
    await waitFor(async () => {
      const text = await (await fetch(`${s.http}/api/boards/${board.id}/export?token=${board.viewToken}`)).text();
      return JSON.stringify(stickyTexts(alice.doc)) === JSON.stringify(stickyTexts(bob.doc)) ? text : null;
    }, 'clients converge after undo');
    expect(Y.encodeStateVector(alice.doc)).toEqual(Y.encodeStateVector(bob.doc));
  });

  it('takes automatic versions of edited boards only, and expires them after the retention', async () => {
    const s = await server(storage, { historyIntervalMs: 0, historyRetentionDays: 1 });
    const edited = await createBoard(s.http, { name: 'Edited' });
    await createBoard(s.http, { name: 'Untouched' });
    const history = s.app.history;
    // Created boards count as edited once; after the first round only real edits do.
    const day = 24 * 60 * 60 * 1000;
    const t0 = Date.now();
    expect(await history.autoRound(t0)).toBe(2);
    expect(await history.autoRound(t0 + 1)).toBe(0);
    const alice = client(s, edited.id, edited.editToken);
    await synced(alice.provider);
    alice.edit(() => addSticky(alice.doc, 's1', 'one'));
    await waitFor(async () => (await s.app.persistence.listBoards()).find((b) => b.id === edited.id)!.updatedAt > t0 + 1, 'the edit is stored');
    expect(await history.autoRound(t0 + 2)).toBe(1);
    expect((await history.list(edited.id)).map((v) => v.kind)).toEqual(['auto', 'auto']);
    expect((await history.list(edited.id))[1]!.changes).toEqual([{ clientId: alice.doc.clientID, inserted: expect.any(Number) as number, name: null }]);
    // A named version outlives the retention; automatic ones do not.
    // (Dated well after the edit above, so the round below finds nothing new to version.)
    await history.save(edited.id, 'named', 'keep me', t0 + 10 * 60_000);
    expect(await history.autoRound(t0 + day + 3)).toBe(0);
    expect((await history.list(edited.id)).map((v) => v.name)).toEqual(['keep me']);
  });

  it('names people, not sessions: what each connection wrote is credited to its presence name, across sessions and a restart', async () => {
    const dir = tempDir();
    cleanups.push(() => dir.remove());
    const stored = { ...(await storage.config()), dataDir: dir.dir };
    let s = await startServer(stored);
    let running = true;
    cleanups.push(async () => {
      if (running) await s.app.close();
    });
    const board = await createBoard(s.http);
    const session = (name: string | null) => {
      const c = connect(s.ws, board.id, board.editToken);
      if (name !== null) c.provider.awareness.setLocalStateField('user', { name, colour: '#3f51b5', viewOnly: false });
      return c;
    };
    const clock = (doc: Y.Doc) => Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;

    // Ana edits in two browser sessions, one after the other.
    const ana1 = session('Ana');
    await synced(ana1.provider);
    addSticky(ana1.doc, 's1', 'one');
    const ana2 = session('Ana');
    await synced(ana2.provider);
    await waitFor(() => stickyTexts(ana2.doc).s1 === 'one', 'the second session sees the first one\'s sticky');
    addSticky(ana2.doc, 's2', 'two');
    // Ben writes before his presence names him: the credit waits for the name.
    const ben = session(null);
    await synced(ben.provider);
    addSticky(ben.doc, 's3', 'three');
    await waitFor(() => Object.keys(stickyTexts(ana1.doc)).length === 3, 'every sticky reached the server');
    ben.provider.awareness.setLocalStateField('user', { name: 'Ben', colour: '#e91e63', viewOnly: false });
    await waitFor(async () => (await s.app.persistence.listAuthors(board.id)).size === 3, 'three sessions credited');
    const expected = [
      { name: 'Ana', inserted: clock(ana1.doc) + clock(ana2.doc) },
      { name: 'Ben', inserted: clock(ben.doc) },
    ].sort((a, b) => b.inserted - a.inserted || a.name.localeCompare(b.name));
    for (const c of [ana1, ana2, ben]) c.provider.destroy();

    const edit = { authorization: `Bearer ${board.editToken}`, 'content-type': 'application/json' };
    const saved = (await (await fetch(`${s.http}/api/boards/${board.id}/versions`, { method: 'POST', body: JSON.stringify({ name: 'after big picture' }), headers: edit })).json()) as Listed;
    expect(saved.people).toEqual(expected);

    // After a restart the names are still there (stored per board, not held by a session).
    running = false;
    await s.app.close();
    s = await startServer(stored);
    running = true;
    const listed = (await (await fetch(`${s.http}/api/boards/${board.id}/versions?token=${board.viewToken}`)).json()) as Listed[];
    expect(listed.map((v) => v.people)).toEqual([expected]);
  });
});
