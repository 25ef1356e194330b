import pg from 'pg';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerStartError } from './process/ManagedProcess';
import { startPostgres, type TestPostgres } from './postgres';

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe('startPostgres', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs a real PostgreSQL on 127.0.0.1 that answers queries', async () => {
    expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const [row] = await query<{ version: string }>(server.url, 'select version()');
    expect(row?.version).toMatch(/^PostgreSQL \d+/);
  });

  it('keeps committed data across stop/start, crash and restart on the same URL', async () => {
    await query(server.url, 'create table notes (id serial primary key, text text not null)');
    await query(server.url, 'insert into notes (text) values ($1)', ['before stop']);

    await server.stop();
    expect(server.running).toBe(false);
    await expect(query(server.url, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
    await server.start();
    await query(server.url, 'insert into notes (text) values ($1)', ['after start']);

    await server.kill();
    await server.start();
    await server.restart();

    const rows = await query<{ text: string }>(server.url, 'select text from notes order by id');
    expect(rows.map((row) => row.text)).toEqual(['before stop', 'after start']);
  });

  it('creates a database per caller', async () => {
    const url = await server.createDatabase('orders "service"');
    const [row] = await query<{ name: string }>(url, 'select current_database() as name');
    expect(row?.name).toBe('orders "service"');
  });

  it('deletes its temp dir on close', async () => {
    const other = await startPostgres();
    expect(existsSync(other.dir)).toBe(true);
    await other.close();
    expect(existsSync(other.dir)).toBe(false);
    await expect(query(other.url, 'select 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('says why it could not start, quoting the server log, and leaves nothing behind', async () => {
    const failure = await startPostgres({ settings: { shared_buffers: 'plenty' } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServerStartError);
    const message = (failure as Error).message;
    expect(message).toMatch(/^PostgreSQL exited with code 1 before it was ready/);
    expect(message).toContain('invalid value for parameter "shared_buffers": "plenty"');
    const dir = /log: (\S+)\/postgres\.log/.exec(message)?.[1];
    expect(dir).toBeDefined();
    expect(existsSync(dir as string)).toBe(false);
  });
});
