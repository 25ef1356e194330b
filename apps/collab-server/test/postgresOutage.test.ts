import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminHeaders, closeCode, connect, createBoard, startServer, synced, waitFor } from './helpers';
import { storedText } from './storeFixtures';

/**
 * A node on PostgreSQL that loses it behaves as on a full disk: its clients are closed with
 * 4507, joins are refused with 4507 and REST answers 503 meanwhile, and once PostgreSQL is back the stock client
 * reconnects and resends what the server lacks, which is then stored.
 */
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);
afterAll(() => postgres?.close());

it('closes with 4507 while PostgreSQL is down and stores the edits once it is back', async () => {
  const server = await startServer({ databaseUrl: await postgres.createDatabase('outage') });
  const board = await createBoard(server.http);
  const writer = connect(server.ws, board.id, board.editToken);
  try {
    await synced(writer.provider);
    writer.doc.getText('t').insert(0, 'before;');
    await waitFor(async () => storedText(await server.app.persistence.load(board.id)).includes('before;'), 'the first edit to be stored');

    const refused = closeCode(writer.provider);
    await postgres.stop();
    writer.doc.getText('t').insert(0, 'during;');
    expect(await refused).toBe(4507);

    const joiner = connect(server.ws, board.id, board.editToken);
    expect(await closeCode(joiner.provider)).toBe(4507);
    joiner.provider.destroy();
    expect((await fetch(`${server.http}/readyz`)).status).toBe(503);
    // REST and history answer at once with a problem saying so (not a hang, not a 500).
    for (const url of [`${server.http}/api/boards`, `${server.http}/api/boards/${board.id}/versions?token=${board.viewToken}`]) {
      const res = await fetch(url, { headers: adminHeaders });
      expect({ url, status: res.status, type: res.headers.get('content-type'), retry: res.headers.get('retry-after') }).toEqual({ url, status: 503, type: 'application/problem+json; charset=utf-8', retry: '5' });
      expect(await res.json()).toMatchObject({ title: 'Storage unavailable' });
    }

    await postgres.start();
    const stored = async () => {
      try {
        return storedText(await server.app.persistence.load(board.id));
      } catch {
        return ''; // still failing: the store refuses calls until its probe succeeds
      }
    };
    await waitFor(async () => (await stored()).includes('during;'), 'the edit made during the outage to be stored', 60_000);
    expect(await stored()).toBe(writer.doc.getText('t').toString());
  } finally {
    writer.provider.destroy();
    if (!postgres.running) await postgres.start();
    await server.stop();
  }
});
