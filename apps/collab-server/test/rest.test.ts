import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBoardFile, serialiseBoard } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { docToBoard } from '@stormscape/model/yjs';
import type { RunningServer } from './helpers';
import { adminHeaders, connect, createBoard, startServer, synced, waitFor } from './helpers';
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

const list = async (s: RunningServer) => (await (await fetch(`${s.http}/api/boards`, { headers: adminHeaders })).json()) as { id: string; name: string; updatedAt: string }[];

describe.each(storages())('REST on $name', (storage) => {
  it('creates, lists, reads and deletes boards with edit/view tokens', async () => {
    const s = await server(storage);
    const res = await fetch(`${s.http}/api/boards`, { method: 'POST', body: JSON.stringify({ name: '  Checkout  ' }), headers: adminHeaders });
    expect(res.status).toBe(201);
    const board = (await res.json()) as Record<string, string>;
    expect(Object.keys(board).sort()).toEqual(['editToken', 'id', 'name', 'viewToken']);
    expect(board.name).toBe('Checkout');
    expect(board.editToken).not.toBe(board.viewToken);
    const listed = await list(s);
    expect(listed).toEqual([{ id: board.id, name: 'Checkout', updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    const meta = await fetch(`${s.http}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.viewToken}` } });
    const viewerMeta = (await meta.json()) as Record<string, string>;
    expect(viewerMeta).toMatchObject({ id: board.id, name: 'Checkout', role: 'view' });
    expect(viewerMeta.viewToken).toBeUndefined();
    expect((await fetch(`${s.http}/api/boards/${board.id}`)).status).toBe(401);
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=nope`)).status).toBe(403);
    // An editor gets the view link back (sealed with the edit token); a viewer does not.
    const asEditor = (await (await fetch(`${s.http}/api/boards/${board.id}?token=${board.editToken}`)).json()) as Record<string, string>;
    expect(asEditor).toMatchObject({ role: 'edit', viewToken: board.viewToken });
    const renamed = await fetch(`${s.http}/api/boards/${board.id}`, { method: 'PATCH', body: JSON.stringify({ name: 'Payments' }), headers: { authorization: `Bearer ${board.editToken}` } });
    expect(await renamed.json()).toMatchObject({ name: 'Payments' });
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=${board.viewToken}`, { method: 'PATCH', body: '{"name":"x"}' })).status).toBe(403);
    expect((await list(s))[0]!.name).toBe('Payments');
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=${board.viewToken}`, { method: 'DELETE' })).status).toBe(403);
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=${board.editToken}`, { method: 'DELETE' })).status).toBe(204);
    expect(await list(s)).toEqual([]);
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=${board.editToken}`)).status).toBe(404);
  });

  it('renames in the document: connected clients, later joiners and exports all see the new name', async () => {
    const s = await server(storage);
    const board = await createBoard(s.http, { name: 'Old name', example: 'food-delivery' });
    const rename = (name: string) =>
      fetch(`${s.http}/api/boards/${board.id}`, { method: 'PATCH', body: JSON.stringify({ name }), headers: { authorization: `Bearer ${board.editToken}` } });
    const exportedName = async () => (JSON.parse(await (await fetch(`${s.http}/api/boards/${board.id}/export?token=${board.viewToken}`)).text()) as { board: { name: string } }).board.name;

    // No one connected: the rename goes into the stored document.
    expect(((await (await rename('Closed rename')).json()) as { name: string }).name).toBe('Closed rename');
    expect(await exportedName()).toBe('Closed rename');
    const later = connect(s.ws, board.id, board.viewToken);
    cleanups.push(() => later.provider.destroy());
    await synced(later.provider);
    expect(docToBoard(later.doc).name).toBe('Closed rename');

    // Connected: the open room relays it like any edit.
    const editor = connect(s.ws, board.id, board.editToken);
    cleanups.push(() => editor.provider.destroy());
    await synced(editor.provider);
    expect((await rename('Live rename')).status).toBe(200);
    await waitFor(() => docToBoard(editor.doc).name === 'Live rename' && docToBoard(later.doc).name === 'Live rename', 'connected clients see the new name');
    expect(await exportedName()).toBe('Live rename');
    expect((await list(s)).map((b) => b.name)).toEqual(['Live rename']);
    // Renaming to the same name adds nothing to the document.
    expect((await rename('Live rename')).status).toBe(200);
    expect(docToBoard(editor.doc).stickies.length).toBe(getExample('food-delivery')!.board.stickies.length);
  });

  it('validates create requests with problem+json', async () => {
    const s = await server(storage);
    for (const body of ['{', JSON.stringify({}), JSON.stringify({ name: 3 }), JSON.stringify({ name: 'x'.repeat(201) }), JSON.stringify({ name: 'a', example: 'nope' })]) {
      const res = await fetch(`${s.http}/api/boards`, { method: 'POST', body, headers: adminHeaders });
      expect(res.status, body).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { status: number }).status).toBe(400);
    }
    expect(await list(s)).toEqual([]);
  });

  it('creates a board from an example and exports it canonically', async () => {
    const s = await server(storage);
    const board = await createBoard(s.http, { name: 'My delivery', example: 'food-delivery' });
    const res = await fetch(`${s.http}/api/boards/${board.id}/export`, { headers: { authorization: `Bearer ${board.viewToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('my-delivery.storm.json');
    const text = await res.text();
    const parsed = parseBoardFile(text);
    expect(parsed.ok).toBe(true);
    const example = getExample('food-delivery')!.board;
    if (parsed.ok) {
      expect(parsed.board.name).toBe('My delivery');
      expect(parsed.board.stickies.length).toBe(example.stickies.length);
      expect(text).toBe(serialiseBoard({ ...example, name: 'My delivery' }));
    }
    expect((await fetch(`${s.http}/api/boards/${board.id}/export`)).status).toBe(401);
  });

  it('imports a valid file and round-trips it through export, including live edits', async () => {
    const s = await server(storage);
    const file = serialiseBoard({ ...getExample('insurance-claims')!.board, name: 'Claims' });
    const res = await fetch(`${s.http}/api/boards/import`, { method: 'POST', body: file, headers: { 'content-type': 'application/json', ...adminHeaders } });
    expect(res.status).toBe(201);
    const board = (await res.json()) as { id: string; name: string; editToken: string; viewToken: string };
    expect(board.name).toBe('Claims');
    const exported = await (await fetch(`${s.http}/api/boards/${board.id}/export?token=${board.editToken}`)).text();
    expect(exported).toBe(file);

    const c = connect(s.ws, board.id, board.editToken);
    cleanups.push(() => c.provider.destroy());
    await synced(c.provider);
    c.doc.getMap('board').set('name', 'Claims v2');
    const expected = serialiseBoard(docToBoard(c.doc));
    await waitFor(async () => (await (await fetch(`${s.http}/api/boards/${board.id}/export?token=${board.editToken}`)).text()) === expected, 'export reflects the live edit');
  });

  it('refuses an invalid import with every error and creates nothing', async () => {
    const s = await server(storage);
    await createBoard(s.http, { name: 'Existing' });
    const before = await list(s);
    const valid = JSON.parse(serialiseBoard(getExample('food-delivery')!.board)) as { board: { stickies: { kind: string; text: unknown }[] } };
    valid.board.stickies[0]!.kind = 'not-a-kind';
    valid.board.stickies[1]!.text = 42;
    const res = await fetch(`${s.http}/api/boards/import`, { method: 'POST', body: JSON.stringify(valid), headers: adminHeaders });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { title: string; errors: { path: string; message: string }[] };
    const paths = problem.errors.map((e) => e.path);
    expect(paths).toContain('$.board.stickies[0].kind');
    expect(paths).toContain('$.board.stickies[1].text');
    for (const body of ['not json', '{}', '']) {
      const r = await fetch(`${s.http}/api/boards/import`, { method: 'POST', body, headers: adminHeaders });
      expect(r.status).toBe(400);
      expect(((await r.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    }
    expect(await list(s)).toEqual(before);
  });

  it('survives hostile HTTP: unparsable targets, oversized bodies, bad upgrades', async () => {
    const s = await server(storage, { maxBodyBytes: 1024 });
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(s.port, '127.0.0.1', () => socket.end(text));
        let out = '';
        socket.on('data', (d) => (out += d.toString()));
        socket.on('close', () => resolve(out));
        socket.on('error', () => resolve(out));
      });
    expect(await raw('GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1.1 400/);
    expect(await raw('GET /ws/x HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n')).toMatch(/^HTTP\/1.1 101/);
    expect(await raw('GET /elsewhere HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n')).toMatch(/^HTTP\/1.1 404/);
    const big = await fetch(`${s.http}/api/boards/import`, { method: 'POST', body: 'x'.repeat(4096), headers: adminHeaders });
    expect(big.status).toBe(413);
    expect(await list(s)).toEqual([]);
    expect((await fetch(`${s.http}/healthz`)).status).toBe(200);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    const s = await server(storage);
    expect(await (await fetch(`${s.http}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${s.http}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${s.http}/metrics`)).text();
    for (const name of ['stormscape_connections', 'stormscape_rooms_open', 'stormscape_updates_in_total', 'stormscape_bytes_out_total', 'stormscape_persist_lag_seconds_count', 'stormscape_rejected_messages_total']) {
      expect(metrics).toContain(name);
    }
  });

  it('serves the built web app with SPA fallback, and says so when it is not built', async () => {
    const s = await server(storage);
    const missing = await fetch(`${s.http}/`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain('npm run build');
    const dist = path.join(s.dataDir, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<html>app</html>');
    writeFileSync(path.join(dist, 'assets', 'app-123.js'), 'console.log(1)');
    writeFileSync(path.join(s.dataDir, 'secret.txt'), 'secret');
    const web = await server(storage, { webDist: dist });
    expect(await (await fetch(`${web.http}/`)).text()).toBe('<html>app</html>');
    expect(await (await fetch(`${web.http}/board/abc`)).text()).toBe('<html>app</html>');
    const asset = await fetch(`${web.http}/assets/app-123.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${web.http}/assets/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${web.http}/..%2Fsecret.txt`)).text()).not.toBe('secret');
    expect((await fetch(`${web.http}/api/nope`)).status).toBe(404);
  });
});
