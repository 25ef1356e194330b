import type pg from 'pg';

/**
 * PostgreSQL schema, as ordered migrations: each runs once, in its own transaction, recorded
 * in `schema_migrations`. Never edit a released step; append a new one. Every node runs them
 * at start under one advisory lock, so nodes starting together apply each step exactly once.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: boards, snapshots, the update log, and the compaction lease.
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    edit_token_hash BYTEA NOT NULL,
    view_token_hash BYTEA NOT NULL,
    view_token_sealed BYTEA,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  CREATE TABLE snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
    data BYTEA NOT NULL,
    up_to BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  -- Row ids come from a sequence shared by every node: two nodes' commits can become visible
  -- out of id order, so a compaction deletes exactly the rows it folded (never "id <= n").
  CREATE TABLE updates (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    data BYTEA NOT NULL,
    received_at BIGINT NOT NULL
  );
  CREATE INDEX updates_by_board ON updates (board_id, id);
  -- One node at a time compacts a board; a dead holder's lease expires (PostgreSQL's clock).
  CREATE TABLE compaction_leases (
    board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
    holder TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
  );
  CREATE TABLE health (node TEXT PRIMARY KEY, at TIMESTAMPTZ NOT NULL);
  `,
  // 2: board history. Whole-document versions apart from the snapshot/log pair, so compaction
  // never touches them; automatic ones expire (`kind`, `created_at`), named ones stay.
  `
  CREATE TABLE versions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('named', 'auto')),
    name TEXT,
    created_at BIGINT NOT NULL,
    state BYTEA NOT NULL,
    state_vector BYTEA NOT NULL
  );
  CREATE INDEX versions_by_board ON versions (board_id, id);
  CREATE INDEX versions_by_age ON versions (kind, created_at);
  `,
  // 3: the automatic history round under a lease, like compaction: one node versions a board.
  `
  CREATE TABLE history_leases (
    board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
    holder TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
  );
  `,
  // 4: who is behind each Yjs client id of a board (board history names people, not sessions).
  `
  CREATE TABLE authors (
    board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (board_id, client_id)
  );
  `,
];

/** An arbitrary constant: the advisory lock key every node takes while migrating. */
const MIGRATION_LOCK = 4_120_771;

/** Applies the migrations this database lacks; returns how many ran. */
export async function migrate(client: pg.PoolClient): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version - 1]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    }
    await client.query('COMMIT');
    return Math.max(0, MIGRATIONS.length - current);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
