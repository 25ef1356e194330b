import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminHeaders, connect, createBoard, startServer, synced, waitFor } from './helpers';

/**
 * On PostgreSQL every REST and board-history call reads or writes storage. Those calls used to
 * block the event loop until PostgreSQL answered (`Atomics.wait` on the PostgreSQL thread), so
 * one slow answer to one REST request froze every WebSocket client of the node. Here PostgreSQL
 * holds each route's query back behind a table lock taken by the test: while it waits, another
 * board's edits must keep flowing between its clients, and once released the route answers as
 * usual. (The test runs in the server's process: a blocked loop could not even see the wait.)
 */
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);
afterAll(() => postgres?.close());

type Table = 'boards' | 'snapshots' | 'versions' | 'health';

/** A transaction holding `table` in ACCESS EXCLUSIVE mode (reads and writes of it wait) until released. */
async function lockTable(url: string, table: Table): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // PostgreSQL stopping at the end of a failed run
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await client.query('COMMIT');
      await client.end();
    },
  };
}

it('keeps other boards flowing while a REST or history call waits for PostgreSQL, and answers it once PostgreSQL does', async () => {
  const url = await postgres.createDatabase('rest_no_block');
  const server = await startServer({ databaseUrl: url, historyIntervalMs: 0 });
  const observer = new pg.Client({ connectionString: url });
  observer.on('error', () => undefined);
  await observer.connect();
  /** One of the server's PostgreSQL connections waits for our lock, for something else than storing edits. */
  const serverWaits = async () => {
    const { rows } = await observer.query<{ query: string }>(
      "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'stormscape-collab %' AND wait_event_type = 'Lock'",
    );
    return rows.some((r) => !/INSERT INTO (updates|authors)|UPDATE boards SET updated_at/.test(r.query));
  };
  const busy = await createBoard(server.http, { name: 'Busy' });
  const quiet = await createBoard(server.http, { name: 'Quiet' });
  const doomed = await createBoard(server.http, { name: 'Doomed' });
  const edit = (token: string) => ({ authorization: `Bearer ${token}` });
  const saveVersion = async (name: string) => {
    const res = await fetch(`${server.http}/api/boards/${quiet.id}/versions`, { method: 'POST', body: JSON.stringify({ name }), headers: edit(quiet.editToken) });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  const first = await saveVersion('first');
  const spare = await saveVersion('spare');
  const writer = connect(server.ws, busy.id, busy.editToken);
  const reader = connect(server.ws, busy.id, busy.editToken);
  const locks: { release: () => Promise<void> }[] = [];
  const board = (path: string) => `${server.http}/api/boards/${quiet.id}${path}`;
  const cases: { what: string; table: Table; call: () => Promise<Response>; status: number }[] = [
    { what: 'list boards', table: 'boards', call: () => fetch(`${server.http}/api/boards`, { headers: adminHeaders }), status: 200 },
    { what: 'create a board', table: 'boards', call: () => fetch(`${server.http}/api/boards`, { method: 'POST', body: '{"name":"New"}', headers: adminHeaders }), status: 201 },
    { what: 'export', table: 'snapshots', call: () => fetch(board(`/export?token=${quiet.viewToken}`)), status: 200 },
    { what: 'rename', table: 'snapshots', call: () => fetch(board(''), { method: 'PATCH', body: '{"name":"Renamed"}', headers: edit(quiet.editToken) }), status: 200 },
    { what: 'list versions', table: 'versions', call: () => fetch(board(`/versions?token=${quiet.viewToken}`)), status: 200 },
    { what: 'save a version', table: 'versions', call: () => fetch(board('/versions'), { method: 'POST', body: '{"name":"held"}', headers: edit(quiet.editToken) }), status: 201 },
    { what: 'preview a version', table: 'versions', call: () => fetch(board(`/versions/${first}?token=${quiet.viewToken}`)), status: 200 },
    { what: 'restore a version', table: 'versions', call: () => fetch(board(`/versions/${first}/restore`), { method: 'POST', headers: edit(quiet.editToken) }), status: 200 },
    { what: 'delete a version', table: 'versions', call: () => fetch(board(`/versions/${spare}`), { method: 'DELETE', headers: edit(quiet.editToken) }), status: 204 },
    { what: 'readiness', table: 'health', call: () => fetch(`${server.http}/readyz`), status: 200 },
    { what: 'delete a board', table: 'snapshots', call: () => fetch(`${server.http}/api/boards/${doomed.id}`, { method: 'DELETE', headers: edit(doomed.editToken) }), status: 204 },
  ];
  try {
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    const readerText = () => reader.doc.getText('t').toString();
    for (const c of cases) {
      const lock = await lockTable(url, c.table);
      locks.push(lock);
      const answer = c.call();
      await waitFor(serverWaits, `${c.what}: the call to wait for PostgreSQL`, 30_000);
      writer.doc.getText('t').insert(0, `during ${c.what};`);
      await waitFor(() => readerText().includes(`during ${c.what};`), `${c.what}: another board's edit to be relayed while the call waits`, 30_000);
      await lock.release();
      await waitFor(() => server.app.persistence.isSettled(busy.id), `${c.what}: the edit to be stored`, 30_000);
      expect({ what: c.what, status: (await answer).status }).toEqual({ what: c.what, status: c.status });
    }
  } finally {
    for (const lock of locks) await lock.release();
    for (const c of [writer, reader]) c.provider.destroy();
    await observer.end();
    await server.stop();
  }
});
