import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Metrics } from '../metrics';
import { record, storedText } from '../../test/storeFixtures';
import { PgStore } from './PgStore';

/** What only several nodes on one PostgreSQL can get wrong: merging, the lease, an outage. */
const silent = pino({ level: 'silent' });
let server: TestPostgres;
let databases = 0;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(() => server?.close());

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const until = async (check: () => boolean, what: string) => {
  for (const deadline = Date.now() + 60_000; !check(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
};

describe('PgStore on several nodes', () => {
  it('uses pg without warnings: synchronous_commit is a startup parameter, no query racing the pool on connect', async () => {
    const url = await server.createDatabase(`warnings_${++databases}`);
    const warnings: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    const store = new PgStore(url, log, new Metrics());
    try {
      await store.createBoard(record('board-w'), Y.encodeStateAsUpdate(new Y.Doc()));
      // Concurrent calls open new pool connections, each with its first query at once.
      expect((await Promise.all([1, 2, 3, 4].map(() => store.getBoard('board-w')))).map((b) => b?.id)).toEqual(['board-w', 'board-w', 'board-w', 'board-w']);
      store.append('board-w', textUpdate('durable'), performance.now());
      // The thread's warnings travel ahead of this answer on the same port.
      await store.flush();
      expect(warnings).toEqual([]);
    } finally {
      await store.close();
    }
  });


  it("a node's compaction keeps what another node appended (it merges, never replaces)", async () => {
    const url = await server.createDatabase(`nodes_${++databases}`);
    const a = new PgStore(url, silent, new Metrics(), { nodeId: 'node-a' });
    const b = new PgStore(url, silent, new Metrics(), { nodeId: 'node-b' });
    try {
      await a.createBoard(record('board-m'), Y.encodeStateAsUpdate(new Y.Doc()));
      a.append('board-m', textUpdate('from a'), performance.now());
      await a.flush();
      // Node b compacts with a room state that never saw node a's update.
      b.compact('board-m', textUpdate('from b'));
      await b.flush();
      const stored = await b.load('board-m');
      expect(stored.updates).toEqual([]);
      expect(storedText(stored)).toContain('from a');
      expect(storedText(stored)).toContain('from b');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('one node at a time compacts a board; a dead holder’s lease expires and the next node compacts', async () => {
    const url = await server.createDatabase(`lease_${++databases}`);
    const store = new PgStore(url, silent, new Metrics(), { nodeId: 'node-live' });
    try {
      await store.createBoard(record('board-l'), Y.encodeStateAsUpdate(new Y.Doc()));
      store.append('board-l', textUpdate('kept'), performance.now());
      await store.flush();
      // A node that took the lease and died (SIGKILL: it never released it).
      await sql(url, "INSERT INTO compaction_leases (board_id, holder, expires_at) VALUES ('board-l', 'node-dead', now() + interval '1 hour')");
      store.compact('board-l', Y.encodeStateAsUpdate(new Y.Doc()));
      await store.flush();
      expect((await store.load('board-l')).updates).toHaveLength(1);
      // Its lease runs out: the live node takes it over and compacts; nothing was lost.
      await sql(url, "UPDATE compaction_leases SET expires_at = now() - interval '1 second' WHERE board_id = 'board-l'");
      store.compact('board-l', Y.encodeStateAsUpdate(new Y.Doc()));
      await store.flush();
      const stored = await store.load('board-l');
      expect(stored.updates).toEqual([]);
      expect(storedText(stored)).toBe('kept');
      expect(await sql(url, 'SELECT * FROM compaction_leases')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('while PostgreSQL is down the store is failing and keeps the appends; they are stored when it returns', async () => {
    const url = await server.createDatabase(`outage_${++databases}`);
    const store = new PgStore(url, silent, new Metrics());
    const changes: boolean[] = [];
    store.onFailingChange((failing) => changes.push(failing));
    try {
      await store.createBoard(record('board-o'), Y.encodeStateAsUpdate(new Y.Doc()));
      await server.stop();
      let acked = 0;
      store.append('board-o', textUpdate('during the outage'), performance.now(), () => acked++);
      await until(() => store.failing, 'the store to report failing');
      expect(changes).toEqual([true]);
      expect(await store.checkWritable()).toBe(false);
      await expect(store.getBoard('board-o')).rejects.toThrow(/unavailable/);
      expect(acked).toBe(0);
      await server.start();
      await until(() => !store.failing && acked === 1, 'the queued append to be stored');
      expect(changes).toEqual([true, false]);
      expect(storedText(await store.load('board-o'))).toBe('during the outage');
    } finally {
      if (!server.running) await server.start();
      await store.close();
    }
  });

  it('crediting an author is no round trip: it is committed with the appends, kept through an outage, first record wins', async () => {
    const url = await server.createDatabase(`authors_${++databases}`);
    const store = new PgStore(url, silent, new Metrics());
    try {
      await store.createBoard(record('board-a'), Y.encodeStateAsUpdate(new Y.Doc()));
      // PostgreSQL is down and the store does not know yet: a round trip would fail here.
      await server.stop();
      let acked = 0;
      expect(() => store.recordAuthor('board-a', 7, 'Ada')).not.toThrow();
      store.recordAuthor('board-a', 7, 'Mallory');
      store.append('board-a', textUpdate('by Ada'), performance.now(), () => acked++);
      await until(() => store.failing, 'the store to report failing');
      await server.start();
      await until(() => !store.failing && acked === 1, 'the queued append to be stored');
      // The credit was in the update's transaction: stored by the time the update is acknowledged.
      expect(await sql(url, 'SELECT client_id, name FROM authors')).toEqual([{ client_id: '7', name: 'Ada' }]);
      store.recordAuthor('board-a', 8, 'Grace');
      expect([...(await store.listAuthors('board-a'))].sort()).toEqual([
        [7, 'Ada'],
        [8, 'Grace'],
      ]);
    } finally {
      if (!server.running) await server.start();
      await store.close();
    }
  });
});
