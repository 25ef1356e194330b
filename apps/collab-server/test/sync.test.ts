import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serialiseBoard } from '@stormscape/model';
import { generateLargeBoard } from '@stormscape/model/testing';
import type { CreatedBoard, RunningServer } from './helpers';
import { closeCode, connect, createBoard, startServer, synced, tempDir, waitFor, adminHeaders } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(overrides = {}): Promise<RunningServer> {
  const s = await startServer(overrides);
  cleanups.push(() => s.stop());
  return s;
}

function client(s: RunningServer, boardId: string, token: string | undefined, doc?: Y.Doc) {
  const c = connect(s.ws, boardId, token, doc);
  cleanups.push(() => c.provider.destroy());
  return c;
}

const stickyCount = (doc: Y.Doc) => doc.getMap('stickies').size;

describe('rooms', () => {
  it('two stock y-websocket clients converge, with presence', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const a = client(s, board.id, board.editToken);
    const b = client(s, board.id, board.editToken);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    expect(a.doc.getMap('board').get('name')).toBe('Test board');
    a.doc.getMap('stickies').set('s1', new Y.Map([['text', 'from a']]));
    b.doc.getMap('stickies').set('s2', new Y.Map([['text', 'from b']]));
    await waitFor(() => stickyCount(a.doc) === 2 && stickyCount(b.doc) === 2, 'convergence');
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    a.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    await waitFor(() => (b.provider.awareness.getStates().get(a.doc.clientID) as { cursor?: unknown } | undefined)?.cursor, 'cursor at b');
    a.provider.destroy();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'presence removed when a leaves');
  });

  it('a restart keeps everything', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    const first = await startServer({ dataDir: data.dir });
    const board = await createBoard(first.http);
    const a = connect(first.ws, board.id, board.editToken);
    await synced(a.provider);
    for (let i = 0; i < 50; i++) a.doc.getMap('stickies').set(`s${i}`, new Y.Map([['text', `sticky ${i}`]]));
    a.doc.getMap('board').set('name', 'Renamed');
    await waitFor(() => first.app.metrics.updatesIn > 0 && first.app.persistence.isSettled(board.id), 'updates persisted');
    a.provider.destroy();
    await first.stop();

    const second = await server({ dataDir: data.dir });
    const b = client(second, board.id, board.viewToken);
    await synced(b.provider);
    await waitFor(() => stickyCount(b.doc) === 50, 'all stickies after restart');
    expect(b.doc.getMap('board').get('name')).toBe('Renamed');
  });

  it('refuses unknown boards, missing and wrong tokens with documented close codes', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const cases: [string, string | undefined, number][] = [
      ['doesNotExist123', board.editToken, 4404],
      ['..%2F..%2Fetc', board.editToken, 4404],
      [board.id, undefined, 4401],
      [board.id, 'wrong-token', 4403],
      [board.id, board.editToken.slice(0, -1), 4403],
    ];
    for (const [id, token, code] of cases) {
      const c = client(s, id, token);
      const closedWith = await closeCode(c.provider);
      expect(closedWith, `${id} ${String(token)}`).toBe(code);
      // 44xx is permanent for the stock client: it stops reconnecting.
      expect(c.provider.shouldConnect).toBe(false);
    }
    const upgrade = await fetch(`${s.http}/elsewhere`, { headers: { connection: 'upgrade', upgrade: 'websocket' } }).catch(() => null);
    expect(upgrade === null || upgrade.status === 404 || upgrade.status === 503).toBe(true);
  });

  it('a view token syncs and shows presence, but its updates are dropped and never stored', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const editor = client(s, board.id, board.editToken);
    await synced(editor.provider);
    editor.doc.getMap('stickies').set('e1', new Y.Map([['text', 'editor']]));
    const viewer = client(s, board.id, board.viewToken);
    await synced(viewer.provider);
    await waitFor(() => stickyCount(viewer.doc) === 1, 'viewer sees the editor sticky');
    // The stock client sends local changes regardless of the token: the server must drop them.
    viewer.doc.getMap('stickies').set('v1', new Y.Map([['text', 'viewer']]));
    viewer.doc.getMap('board').set('name', 'hijacked');
    viewer.provider.awareness.setLocalStateField('cursor', { x: 5 });
    await waitFor(() => editor.provider.awareness.getStates().has(viewer.doc.clientID), 'viewer presence reaches editor');
    await waitFor(() => (s.app.metrics.rejected.get('read_only') ?? 0) >= 1, 'read-only rejections counted');
    // A fresh client (and the stored file) never see the viewer's change.
    const fresh = client(s, board.id, board.editToken);
    await synced(fresh.provider);
    await waitFor(() => stickyCount(fresh.doc) === 1, 'fresh client synced');
    expect(fresh.doc.getMap('stickies').has('v1')).toBe(false);
    expect(editor.doc.getMap('stickies').has('v1')).toBe(false);
    const exported = await (await fetch(`${s.http}/api/boards/${board.id}/export?token=${board.viewToken}`)).text();
    expect(exported).not.toContain('hijacked');
    const stored = await s.app.persistence.load(board.id);
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u.data);
    expect(doc.getMap('stickies').has('v1')).toBe(false);
    expect(doc.getMap('stickies').has('e1')).toBe(true);
  });

  it('a client reconnecting to a large board gets what it missed and sends what it did offline', async () => {
    const s = await server();
    const file = serialiseBoard(generateLargeBoard({ stickies: 600, seed: 3 }));
    const board = (await (await fetch(`${s.http}/api/boards/import`, { method: 'POST', body: file, headers: adminHeaders })).json()) as { id: string; editToken: string };
    const a = client(s, board.id, board.editToken);
    const b = client(s, board.id, board.editToken);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    expect(stickyCount(a.doc)).toBe(600);
    a.provider.disconnect();
    b.doc.getMap('stickies').set('online', new Y.Map([['text', 'while a was away']]));
    const firstId = [...b.doc.getMap('stickies').keys()].find((k) => k !== 'online')!;
    b.doc.getMap('stickies').delete(firstId);
    a.doc.getMap('stickies').set('offline', new Y.Map([['text', 'made offline']]));
    a.provider.connect();
    await waitFor(() => a.doc.getMap('stickies').has('online') && !a.doc.getMap('stickies').has(firstId), 'a catches up (diff from the worker)');
    await waitFor(() => b.doc.getMap('stickies').has('offline'), 'b gets the offline edit');
    expect(stickyCount(a.doc)).toBe(stickyCount(b.doc));
  });

  it('a client is complete when it says synced: the changes since the last compaction come before its step 2', async () => {
    // Clients decide things on the stock `sync` event (the web app: which step a blank board
    // opens on, where the first view goes); a board's recent changes must not arrive after it.
    const s = await server();
    const small = await createBoard(s.http);
    const file = serialiseBoard(generateLargeBoard({ stickies: 400, seed: 5 }));
    const large = (await (await fetch(`${s.http}/api/boards/import`, { method: 'POST', body: file, headers: adminHeaders })).json()) as CreatedBoard;
    for (const board of [small, large]) {
      const writer = client(s, board.id, board.editToken);
      await synced(writer.provider);
      const stickies = writer.doc.getMap('stickies');
      const returning = new Y.Doc();
      Y.applyUpdate(returning, Y.encodeStateAsUpdate(writer.doc));
      // Separate transactions: each one is its own entry in the room's tail.
      for (let i = 0; i < 20; i++) stickies.set(`recent-${i}`, new Y.Map([['text', `recent ${i}`]]));
      await waitFor(() => s.app.persistence.isSettled(board.id) && s.app.metrics.updatesIn >= 20, 'recent changes stored');
      const expected = stickyCount(writer.doc);
      for (const doc of [new Y.Doc(), returning]) {
        const reader = client(s, board.id, board.viewToken, doc);
        const atSync = await new Promise<number>((resolve) => reader.provider.once('sync', () => resolve(stickyCount(doc))));
        expect(atSync, `${board === small ? 'small' : 'large'} board, ${doc === returning ? 'returning' : 'fresh'} client`).toBe(expected);
      }
    }
  });

  it('closes everyone with 4410 when the board is deleted', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const a = client(s, board.id, board.editToken);
    await synced(a.provider);
    const code = closeCode(a.provider);
    const res = await fetch(`${s.http}/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${board.editToken}` } });
    expect(res.status).toBe(204);
    expect(await code).toBe(4410);
  });
});
