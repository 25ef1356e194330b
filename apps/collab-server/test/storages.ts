import { startPostgres, type TestPostgres } from '@stormscape/testinfra';
import { afterAll } from 'vitest';
import type { ServerConfig } from '../src/config';

export interface Storage {
  name: 'SQLite' | 'PostgreSQL';
  /** Server settings for a fresh store: nothing for SQLite (a fresh data dir), a new database on PostgreSQL. */
  config: () => Promise<Partial<ServerConfig>>;
}

/**
 * Both storages, for tests that must behave the same on either (`describe.each(storages())`):
 * one PostgreSQL per test file, started on first use and stopped after the file.
 */
export function storages(): Storage[] {
  let postgres: Promise<TestPostgres> | null = null;
  let databases = 0;
  afterAll(async () => {
    if (postgres) await (await postgres).close();
  });
  return [
    { name: 'SQLite', config: async () => ({}) },
    {
      name: 'PostgreSQL',
      config: async () => {
        postgres ??= startPostgres();
        return { databaseUrl: await (await postgres).createDatabase(`db_${++databases}`) };
      },
    },
  ];
}
