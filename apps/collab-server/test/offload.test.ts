import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serialiseBoard } from '@stormscape/model';
import { generateLargeBoard } from '@stormscape/model/testing';
import { adminHeaders, connect, createBoard, spawnServer, synced, tempDir } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** Sends a request and resolves `sent` once it is completely on the wire, `done` with the body. */
function request(url: string, options: http.RequestOptions, body?: string): { sent: Promise<void>; done: Promise<{ status: number; text: string }> } {
  let onSent!: () => void;
  const sent = new Promise<void>((r) => (onSent = r));
  const done = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.on('finish', onSent);
    req.end(body);
  });
  return { sent, done };
}

describe('REST work never stalls the rooms (issue 10, item 6)', () => {
  it('delivers updates on another board while big imports and exports run', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const s = await spawnServer({ DATA_DIR: dir, WEB_DIST: path.join(dir, 'none') });
    cleanups.push(() => void s.child.kill('SIGKILL'));
    const base = `http://127.0.0.1:${s.port}`;

    // An unrelated board with a writer and a reader, exchanging probes one at a time.
    const other = await createBoard(base, { name: 'Unrelated' });
    const writer = connect(`ws://127.0.0.1:${s.port}/ws`, other.id, other.editToken);
    const reader = connect(`ws://127.0.0.1:${s.port}/ws`, other.id, other.editToken);
    cleanups.push(() => writer.provider.destroy(), () => reader.provider.destroy());
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    const probes = reader.doc.getMap<number>('probe');

    /** Round trips (writer → server → reader) completed before `work` settled. */
    async function roundTripsDuring(work: Promise<unknown>): Promise<number> {
      let settled = false;
      void work.finally(() => (settled = true));
      let completed = 0;
      for (let n = 1; !settled; n++) {
        const arrived = new Promise<void>((resolve) => {
          const check = () => {
            if (probes.get('n') !== n) return;
            probes.unobserve(check);
            resolve();
          };
          probes.observe(check);
        });
        writer.doc.getMap<number>('probe').set('n', n);
        await Promise.race([arrived, work.catch(() => undefined)]);
        // Counted only when the probe arrived while the REST work was still running.
        if (!settled) completed++;
      }
      return completed;
    }

    const file = serialiseBoard(generateLargeBoard({ stickies: 2_000, links: 800, contexts: 10, seed: 7 }));
    const imported = request(`${base}/api/boards/import`, { method: 'POST', headers: { ...adminHeaders, 'content-type': 'application/json' } }, file);
    await imported.sent;
    const duringImport = await roundTripsDuring(imported.done);
    const created = JSON.parse((await imported.done).text) as { id: string; viewToken: string };
    expect(created.id).toBeTruthy();

    // Exports of the 2,000-sticky board, one at a time (each request is on the wire before probing).
    let duringExports = 0;
    for (let i = 0; i < 3; i++) {
      const exported = request(`${base}/api/boards/${created.id}/export`, { headers: { authorization: `Bearer ${created.viewToken}` } });
      await exported.sent;
      duringExports += await roundTripsDuring(exported.done);
      const { status, text } = await exported.done;
      expect(status).toBe(200);
      expect(text).toBe(file);
    }
    // On the event loop, a job lets no probe through once it started (only the body upload
    // can interleave with probes); off it, probes keep flowing for the job's whole duration.
    const counts = `round trips while the import ran: ${duringImport}, while the exports ran: ${duringExports}`;
    expect(duringImport, counts).toBeGreaterThanOrEqual(5);
    expect(duringExports, counts).toBeGreaterThanOrEqual(5);
    s.child.kill('SIGTERM');
    await s.exited;
  }, 300_000);

  it('bounds the imports and exports waiting for the worker: the excess is refused with 503', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const s = await spawnServer({ DATA_DIR: dir, WEB_DIST: path.join(dir, 'none') });
    cleanups.push(() => void s.child.kill('SIGKILL'));
    const base = `http://127.0.0.1:${s.port}`;
    const file = serialiseBoard(generateLargeBoard({ stickies: 500, links: 200, contexts: 4, seed: 3 }));
    const statuses = await Promise.all(
      Array.from({ length: 24 }, () => request(`${base}/api/boards/import`, { method: 'POST', headers: adminHeaders }, file).done.then((r) => r.status)),
    );
    expect(statuses.filter((x) => x === 201).length).toBeGreaterThan(0);
    expect(statuses.filter((x) => x === 503).length).toBeGreaterThan(0);
    expect(statuses.every((x) => x === 201 || x === 503)).toBe(true);
    const listed = (await (await fetch(`${base}/api/boards`, { headers: adminHeaders })).json()) as unknown[];
    expect(listed.length).toBe(statuses.filter((x) => x === 201).length);
    s.child.kill('SIGTERM');
    await s.exited;
  }, 300_000);
});
