import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serialiseBoard } from '@stormscape/model';
import { getExample } from '@stormscape/model/examples';
import { pino } from 'pino';
import type { Authenticator } from '../src/auth/authorize';
import { DEFAULT_CONFIG } from '../src/config';
import { createCollabServer } from '../src/server';
import type { RunningServer } from './helpers';
import { ADMIN_TOKEN, adminHeaders, closeCode, connect, createBoard, spawnServer, startServer, synced, tempDir } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(overrides = {}): Promise<RunningServer> {
  const s = await startServer(overrides);
  cleanups.push(() => s.stop());
  return s;
}

describe('boards are private by default', () => {
  it('needs the workspace token to list, create and import boards; board tokens work as before', async () => {
    const s = await server();
    const file = serialiseBoard(getExample('insurance-claims')!.board);
    const attempts = (headers: Record<string, string>) => [
      fetch(`${s.http}/api/boards`, { headers }),
      fetch(`${s.http}/api/boards`, { method: 'POST', body: JSON.stringify({ name: 'Sneaky' }), headers }),
      fetch(`${s.http}/api/boards`, { method: 'POST', body: JSON.stringify({ name: 'Sneaky', example: 'food-delivery' }), headers }),
      fetch(`${s.http}/api/boards/import`, { method: 'POST', body: file, headers }),
    ];
    for (const res of await Promise.all(attempts({}))) {
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    for (const res of await Promise.all(attempts({ authorization: 'Bearer not-the-token' }))) expect(res.status).toBe(403);
    // A board's own edit token is not the workspace token.
    const board = await createBoard(s.http, { name: 'Mine' });
    for (const res of await Promise.all(attempts({ authorization: `Bearer ${board.editToken}` }))) expect(res.status).toBe(403);
    const listed = (await (await fetch(`${s.http}/api/boards`, { headers: adminHeaders })).json()) as { name: string }[];
    expect(listed.map((b) => b.name)).toEqual(['Mine']);
    // Per-board tokens are unchanged: the workspace token is not needed to open a board by its link.
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=${board.viewToken}`)).status).toBe(200);
    const c = connect(s.ws, board.id, board.viewToken);
    cleanups.push(() => c.provider.destroy());
    await synced(c.provider);
    // Examples stay public (they hold nothing private).
    expect((await fetch(`${s.http}/api/examples`)).status).toBe(200);
  });

  it('generates a workspace token at first start, owner-only in the data dir, printed once', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const first = await spawnServer({ DATA_DIR: dir, STORMSCAPE_ADMIN_TOKEN: '', WEB_DIST: path.join(dir, 'none') });
    cleanups.push(() => void first.child.kill('SIGKILL'));
    const file = path.join(dir, 'admin-token');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const token = readFileSync(file, 'utf8').trim();
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect(first.output()).toContain(token);
    const http = `http://127.0.0.1:${first.port}`;
    expect((await fetch(`${http}/api/boards`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${http}/api/boards`)).status).toBe(401);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await spawnServer({ DATA_DIR: dir, STORMSCAPE_ADMIN_TOKEN: '', WEB_DIST: path.join(dir, 'none') });
    cleanups.push(() => void second.child.kill('SIGKILL'));
    expect(second.output()).not.toContain(token);
    expect((await fetch(`http://127.0.0.1:${second.port}/api/boards`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 240_000);

  it('uses STORMSCAPE_ADMIN_TOKEN when set and writes no token file', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const s = await spawnServer({ DATA_DIR: dir, WEB_DIST: path.join(dir, 'none') });
    cleanups.push(() => void s.child.kill('SIGKILL'));
    expect(existsSync(path.join(dir, 'admin-token'))).toBe(false);
    expect(s.output()).not.toContain(ADMIN_TOKEN);
    expect((await fetch(`http://127.0.0.1:${s.port}/api/boards`, { headers: adminHeaders })).status).toBe(200);
    s.child.kill('SIGTERM');
    await s.exited;
  }, 240_000);
});

describe('the auth seam', () => {
  it('asks an injected authenticator for REST and WebSocket access', async () => {
    const { dir, remove } = tempDir();
    const asked: string[] = [];
    // Anyone presenting "open-sesame" may list boards; every board is view-only for "guest".
    const authenticator = (): Authenticator => ({
      workspace(request) {
        asked.push('workspace');
        return request.headers.authorization === 'Bearer open-sesame' ? { ok: true } : { ok: false, status: 401, reason: 'no' };
      },
      board(request, boardId) {
        asked.push(`board:${boardId}`);
        return request.url?.includes('token=guest') || request.headers.authorization === 'Bearer guest' ? { ok: true, boardId, role: 'view' } : { ok: false, status: 403, closeCode: 4403, reason: 'no' };
      },
    });
    const app = createCollabServer({ ...DEFAULT_CONFIG, port: 0, dataDir: dir, webDist: path.join(dir, 'none') }, pino({ level: 'silent' }), { authenticator });
    const port = await app.listen();
    cleanups.push(async () => {
      await app.close();
      remove();
    });
    const http = `http://127.0.0.1:${port}`;
    expect((await fetch(`${http}/api/boards`, { headers: { authorization: 'Bearer open-sesame' } })).status).toBe(200);
    expect((await fetch(`${http}/api/boards`, { headers: adminHeaders })).status).toBe(401);
    const created = await fetch(`${http}/api/boards`, { method: 'POST', body: '{"name":"Seam"}', headers: { authorization: 'Bearer open-sesame' } });
    const board = (await created.json()) as { id: string; editToken: string };
    // The board's own edit token means nothing to this authenticator.
    expect((await fetch(`${http}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.editToken}` } })).status).toBe(403);
    expect(((await (await fetch(`${http}/api/boards/${board.id}`, { headers: { authorization: 'Bearer guest' } })).json()) as { role: string }).role).toBe('view');
    const refused = connect(`ws://127.0.0.1:${port}/ws`, board.id, board.editToken);
    cleanups.push(() => refused.provider.destroy());
    expect(await closeCode(refused.provider)).toBe(4403);
    const guest = connect(`ws://127.0.0.1:${port}/ws`, board.id, 'guest');
    cleanups.push(() => guest.provider.destroy());
    await synced(guest.provider);
    expect(asked).toContain('workspace');
    expect(asked).toContain(`board:${board.id}`);
    expect(existsSync(path.join(dir, 'admin-token'))).toBe(false);
  });
});

describe('web app hardening', () => {
  it('sends security headers and refuses cross-origin state changes', async () => {
    const probe = await server();
    const dist = path.join(probe.dataDir, 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<html>app</html>');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'assets', 'generate.worker-Ab_1.js'), 'self.onmessage = () => {};');
    const s = await server({ webDist: dist });
    // Only the code generation worker (Handlebars compiles with new Function) may eval.
    const worker = await fetch(`${s.http}/assets/generate.worker-Ab_1.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-eval'");
    expect(worker.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    for (const target of ['/', '/board/abc', '/api/examples']) {
      const res = await fetch(`${s.http}${target}`);
      expect(res.status, target).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    const board = await createBoard(s.http, { name: 'Target' });
    const hostile: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://evil.localhost' },
    ];
    for (const headers of hostile) {
      const create = await fetch(`${s.http}/api/boards`, { method: 'POST', body: '{"name":"x"}', headers: { ...adminHeaders, ...headers } });
      expect(create.status, JSON.stringify(headers)).toBe(403);
      expect(create.headers.get('content-type')).toContain('application/problem+json');
      const del = await fetch(`${s.http}/api/boards/${board.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${board.editToken}`, ...headers } });
      expect(del.status).toBe(403);
    }
    // The app's own pages (same origin) and non-browser clients (no Origin) still work.
    const same = await fetch(`${s.http}/api/boards`, { method: 'POST', body: '{"name":"ok"}', headers: { ...adminHeaders, origin: s.http, 'sec-fetch-site': 'same-origin' } });
    expect(same.status).toBe(201);
    // Reading stays possible cross-origin only with the token, as before.
    expect((await fetch(`${s.http}/api/boards/${board.id}?token=${board.viewToken}`, { headers: { origin: 'http://evil.example' } })).status).toBe(200);
    const listed = (await (await fetch(`${s.http}/api/boards`, { headers: adminHeaders })).json()) as { name: string }[];
    expect(listed.map((b) => b.name).sort()).toEqual(['Target', 'ok']);
  });
});
