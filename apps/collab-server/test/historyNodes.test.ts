import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './helpers';
import { createBoard, startServer } from './helpers';

/** Board history on several nodes sharing one PostgreSQL: the automatic round runs once per board. */
let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);
afterAll(() => postgres?.close());

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function node(databaseUrl: string): Promise<RunningServer> {
  const s = await startServer({ databaseUrl, historyIntervalMs: 0 });
  cleanups.push(() => s.stop());
  return s;
}

describe('board history on several nodes (PostgreSQL)', () => {
  it('takes one automatic version per edited board when two nodes run their rounds at the same time', async () => {
    const databaseUrl = await postgres.createDatabase('history_nodes');
    const [a, b] = [await node(databaseUrl), await node(databaseUrl)];
    const boards = [await createBoard(a.http, { name: 'One' }), await createBoard(b.http, { name: 'Two' })];

    // Both nodes see both boards as edited and start their rounds together.
    const saved = await Promise.all([a.app.history.autoRound(), b.app.history.autoRound()]);
    expect(saved[0] + saved[1]).toBe(2);
    for (const board of boards) {
      expect((await a.app.history.list(board.id)).map((v) => v.kind)).toEqual(['auto']);
    }
  });
});
