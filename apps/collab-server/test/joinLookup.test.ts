import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect, createBoard, startServer, synced, waitFor } from './helpers';

/**
 * On PostgreSQL a join reads its board (authorize) and, for a room not open yet, the board's
 * document. Those reads used to block the event loop until PostgreSQL answered, so one slow
 * answer stalled every room of the node (a reconnect wave after a node died: 0.35–0.65 s of
 * blocked loop per second). Here PostgreSQL holds each read back behind a table lock taken by
 * the test, and another room's edits must keep flowing meanwhile; the join then completes and
 * what its client sent while it waited is kept.
 */
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);
afterAll(() => postgres?.close());

/** A transaction holding `table` in ACCESS EXCLUSIVE mode (plain reads of it wait) until released. */
async function lockTable(url: string, table: 'boards' | 'snapshots'): Promise<{ release: () => Promise<void> }> {
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

it('keeps other rooms flowing while a join waits for PostgreSQL, and loses nothing the joiner sent meanwhile', async () => {
  const url = await postgres.createDatabase('join_lookup');
  const server = await startServer({ databaseUrl: url });
  const observer = new pg.Client({ connectionString: url });
  observer.on('error', () => undefined);
  await observer.connect();
  /** The server's read of `table` is waiting for the test's lock. */
  const readWaitsOn = async (table: string) => {
    const { rows } = await observer.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1", [`SELECT % FROM ${table} WHERE %`]);
    return rows[0]!.n > 0;
  };
  const busy = await createBoard(server.http, { name: 'Busy' });
  const quiet = await createBoard(server.http, { name: 'Quiet' });
  const writer = connect(server.ws, busy.id, busy.editToken);
  const reader = connect(server.ws, busy.id, busy.editToken);
  let joiner: ReturnType<typeof connect> | null = null;
  let late: ReturnType<typeof connect> | null = null;
  const locks: { release: () => Promise<void> }[] = [];
  try {
    await Promise.all([synced(writer.provider), synced(reader.provider)]);
    const readerText = () => reader.doc.getText('t').toString();

    // 1. The board lookup of the upgrade waits.
    const docsLock = await lockTable(url, 'snapshots');
    locks.push(docsLock);
    const boardsLock = await lockTable(url, 'boards');
    locks.push(boardsLock);
    joiner = connect(server.ws, quiet.id, quiet.editToken);
    const joinerClosed: number[] = [];
    joiner.provider.on('connection-close', (event) => joinerClosed.push(event?.code ?? -1));
    await waitFor(() => readWaitsOn('boards'), 'the join to wait for its board lookup');
    writer.doc.getText('t').insert(0, 'during-lookup;');
    await waitFor(() => readerText().includes('during-lookup;'), 'the other room to relay an edit while the lookup waits');

    // 2. Authorized; the room's load waits. The joiner's own edit arrives meanwhile.
    await boardsLock.release();
    await waitFor(() => readWaitsOn('snapshots'), 'the room load to wait for the board document');
    await waitFor(() => joiner!.provider.wsconnected, 'the joiner to be connected while its room loads');
    joiner.doc.getText('t').insert(0, 'sent-while-loading;');
    writer.doc.getText('t').insert(0, 'during-load;');
    await waitFor(() => readerText().includes('during-load;'), 'the other room to relay an edit while the load waits');

    // 3. Loaded: the joiner syncs, was never refused, and its edit reached the room.
    await docsLock.release();
    await synced(joiner.provider);
    expect(joinerClosed).toEqual([]);
    late = connect(server.ws, quiet.id, quiet.editToken);
    await synced(late.provider);
    await waitFor(() => late!.doc.getText('t').toString().includes('sent-while-loading;'), 'the edit sent during the load to reach a later joiner');
  } finally {
    for (const lock of locks) await lock.release();
    for (const c of [writer, reader, joiner, late]) c?.provider.destroy();
    await observer.end();
    await server.stop();
  }
});
