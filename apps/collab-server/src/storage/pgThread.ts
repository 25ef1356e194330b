/**
 * The PostgreSQL thread: every query `PgStore` makes runs here, on its own event loop, so the
 * room server's loop never waits on the network: each call is a message answered on the port
 * (`PgStore` resolves the caller's promise). Appends are committed in batches,
 * one commit at a time, everything queued meanwhile riding on the next (group commit); a
 * commit returns once PostgreSQL has flushed its WAL (`synchronous_commit = on`), and only
 * then are the appends acknowledged. Compaction (a board's snapshot and log folded through a
 * real Y.Doc) runs here too, under a lease, so one node at a time does it.
 */
import { workerData } from 'node:worker_threads';
import pg from 'pg';
import * as Y from 'yjs';
import type { AppendItem, AuthorItem } from './logWriterProtocol';
import type { PgCall, PgReply, PgRequest, PgThreadData } from './pgProtocol';
import { migrate } from './pgSchema';
import type { BoardRecord } from './Persistence';

const { databaseUrl, nodeId, leaseMs, port } = workerData as PgThreadData;

// BIGINT columns hold epoch milliseconds and row ids, far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: 4,
  connectionTimeoutMillis: 3_000,
  statement_timeout: 10_000,
  query_timeout: 12_000,
  application_name: `stormscape-collab ${nodeId}`,
  // Durable means on PostgreSQL's disk before COMMIT returns, whatever the server default. A
  // startup parameter, not a `SET` query on connect: that one raced the pool's first query on
  // the new client (pg's "client.query() when the client is already executing a query").
  options: '-c synchronous_commit=on',
});
// An idle connection PostgreSQL dropped (restart, failover): the pool discards it, we go on.
pool.on('error', () => undefined);
pool.on('connect', (client) => {
  // A checked-out connection that PostgreSQL drops emits 'error' on the client itself; unheard,
  // that would end this thread. The query in progress fails and is handled where it was made.
  client.on('error', () => undefined);
});

const reply = (r: PgReply) => port.postMessage(r);

// Warnings here (pg's deprecations among them) would only reach this thread's stderr: log them.
process.on('warning', (warning) => reply({ kind: 'warning', message: `${warning.name}: ${warning.message}` }));

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * True when the error says PostgreSQL is unreachable or cannot write (connection, shutdown,
 * disk full, I/O) rather than that a statement was wrong: SQLSTATE classes 08, 53, 57, 58, XX
 * and Node's socket errors (no SQLSTATE).
 */
function unavailable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57|58|XX)/.test(code);
  return true;
}

let failure: string | null = null;
let reportedFailing = false;
let probeTimer: NodeJS.Timeout | null = null;

function noteFailure(err: unknown): void {
  failure = describe(err);
  if (!reportedFailing) {
    reportedFailing = true;
    reply({ kind: 'health', failing: true, reason: failure });
  }
  // Notice recovery even when nothing is queued (a probe each second until PostgreSQL answers).
  probeTimer ??= setInterval(() => {
    pool.query('SELECT 1').then(noteSuccess, () => undefined);
  }, 1_000);
}

function noteSuccess(): void {
  failure = null;
  if (probeTimer) clearInterval(probeTimer);
  probeTimer = null;
  if (reportedFailing) {
    reportedFailing = false;
    reply({ kind: 'health', failing: false });
  }
  scheduleCommit();
}

async function inTransaction<T>(body: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await body(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    // A connection that failed mid-transaction is not reused.
    client.release(unavailable(err) ? (err as Error) : undefined);
    throw err;
  }
}

interface BoardRow {
  id: string;
  name: string;
  edit_token_hash: Buffer;
  view_token_hash: Buffer;
  view_token_sealed: Buffer | null;
  created_at: number;
  updated_at: number;
}

async function call(c: PgCall): Promise<unknown> {
  switch (c.op) {
    case 'init': {
      const client = await pool.connect();
      try {
        return await migrate(client);
      } finally {
        client.release();
      }
    }
    case 'createBoard': {
      const r: BoardRecord = c.record;
      return inTransaction(async (client) => {
        await client.query('INSERT INTO boards (id, name, edit_token_hash, view_token_hash, view_token_sealed, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          r.id,
          r.name,
          Buffer.from(r.editTokenHash),
          Buffer.from(r.viewTokenHash),
          r.viewTokenSealed ? Buffer.from(r.viewTokenSealed) : null,
          r.createdAt,
          r.updatedAt,
        ]);
        await client.query('INSERT INTO snapshots (board_id, data, up_to, updated_at) VALUES ($1, $2, 0, $3)', [r.id, Buffer.from(c.initialState), r.createdAt]);
        return null;
      });
    }
    case 'getBoard': {
      const { rows } = await pool.query<BoardRow>('SELECT * FROM boards WHERE id = $1', [c.id]);
      const row = rows[0];
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        editTokenHash: row.edit_token_hash,
        viewTokenHash: row.view_token_hash,
        viewTokenSealed: row.view_token_sealed,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      } satisfies BoardRecord;
    }
    case 'listBoards': {
      const { rows } = await pool.query<{ id: string; name: string; updated_at: number }>('SELECT id, name, updated_at FROM boards ORDER BY updated_at DESC, id');
      return rows.map((r) => ({ id: r.id, name: r.name, updatedAt: r.updated_at }));
    }
    case 'renameBoard':
      await pool.query('UPDATE boards SET name = $1 WHERE id = $2', [c.name, c.id]);
      return null;
    case 'deleteBoard': {
      queue = queue.filter((item) => item.boardId !== c.id);
      // Snapshot, log and lease go with it (ON DELETE CASCADE).
      const result = await pool.query('DELETE FROM boards WHERE id = $1', [c.id]);
      return (result.rowCount ?? 0) > 0;
    }
    case 'load':
      // One consistent view of the snapshot and the rows not folded into it yet.
      return inTransaction(async (client) => {
        const snapshot = await client.query<{ data: Buffer; up_to: number }>('SELECT data, up_to FROM snapshots WHERE board_id = $1', [c.boardId]);
        const updates = await client.query<{ id: number; data: Buffer }>('SELECT id, data FROM updates WHERE board_id = $1 ORDER BY id', [c.boardId]);
        const s = snapshot.rows[0];
        return { snapshot: s?.data ?? null, snapshotUpTo: s?.up_to ?? 0, updates: updates.rows };
      }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    case 'saveVersion': {
      const v = c.version;
      const { rows } = await pool.query<{ id: number }>(
        'INSERT INTO versions (board_id, kind, name, created_at, state, state_vector) SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM boards WHERE id = $1) RETURNING id',
        [c.boardId, v.kind, v.name, v.createdAt, Buffer.from(v.state), Buffer.from(v.stateVector)],
      );
      return rows[0]?.id ?? 0;
    }
    case 'listVersions': {
      const { rows } = await pool.query<{ id: number; kind: 'named' | 'auto'; name: string | null; created_at: number; bytes: number; state_vector: Buffer }>(
        'SELECT id, kind, name, created_at, octet_length(state) AS bytes, state_vector FROM versions WHERE board_id = $1 ORDER BY id',
        [c.boardId],
      );
      return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, createdAt: r.created_at, bytes: r.bytes, stateVector: r.state_vector }));
    }
    case 'getVersionState': {
      const { rows } = await pool.query<{ state: Buffer }>('SELECT state FROM versions WHERE board_id = $1 AND id = $2', [c.boardId, c.versionId]);
      return rows[0]?.state ?? null;
    }
    case 'listAuthors': {
      // Credits posted before this call are in the commit under way (or the next): wait for them.
      while (committing) await committing;
      const { rows } = await pool.query<{ client_id: string; name: string }>('SELECT client_id, name FROM authors WHERE board_id = $1', [c.boardId]);
      return rows.map((r) => [Number(r.client_id), r.name]);
    }
    case 'takeHistoryLease':
      return ((await pool.query(takeLease('history_leases'), [c.boardId, nodeId, c.ms])).rowCount ?? 0) > 0;
    case 'deleteNamedVersion': {
      const result = await pool.query("DELETE FROM versions WHERE board_id = $1 AND id = $2 AND kind = 'named'", [c.boardId, c.versionId]);
      return (result.rowCount ?? 0) > 0;
    }
    case 'expireVersions': {
      const result = await pool.query("DELETE FROM versions WHERE kind = 'auto' AND created_at < $1", [c.createdBefore]);
      return result.rowCount ?? 0;
    }
    case 'checkWritable':
      await pool.query('INSERT INTO health (node, at) VALUES ($1, now()) ON CONFLICT (node) DO UPDATE SET at = excluded.at', [nodeId]);
      return true;
    case 'flush':
      // Until the queue had its commit; a failing commit (retry timer set) ends the wait.
      for (;;) {
        if (committing) await committing;
        else if (queue.length > 0 && !retryTimer) scheduleCommit();
        else break;
      }
      await Promise.allSettled([...compacting.values()]);
      return null;
  }
}

// ---- appends: group commit ----

let queue: AppendItem[] = [];
let authorQueue: AuthorItem[] = [];
let committing: Promise<void> | null = null;
let retryTimer: NodeJS.Timeout | null = null;

function scheduleCommit(): void {
  if (committing || retryTimer || (queue.length === 0 && authorQueue.length === 0)) return;
  committing = commitRound().finally(() => {
    committing = null;
    scheduleCommit();
  });
}

async function commitRound(): Promise<void> {
  const batch = queue;
  const authors = authorQueue;
  queue = [];
  authorQueue = [];
  try {
    const acks = await inTransaction(async (client) => {
      const now = Date.now();
      const result: [number, number][] = [];
      const touched = new Set<string>();
      // Board history's credits, first record wins (in this batch too: inserted in order).
      if (authors.length > 0) {
        await client.query(
          `INSERT INTO authors (board_id, client_id, name)
           SELECT a.board_id, a.client_id, a.name FROM unnest($1::text[], $2::bigint[], $3::text[]) WITH ORDINALITY AS a(board_id, client_id, name, n)
           WHERE EXISTS (SELECT 1 FROM boards WHERE id = a.board_id) ORDER BY a.n
           ON CONFLICT (board_id, client_id) DO NOTHING`,
          [authors.map((a) => a.boardId), authors.map((a) => a.clientId), authors.map((a) => a.name)],
        );
      }
      for (const item of batch) {
        // A board deleted meanwhile gets no log back (and the foreign key makes a delete
        // racing this insert wait for, then cascade over, the row).
        const { rows } = await client.query<{ id: number }>('INSERT INTO updates (board_id, data, received_at) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM boards WHERE id = $1) RETURNING id', [
          item.boardId,
          Buffer.from(item.data.buffer, item.data.byteOffset, item.data.byteLength),
          now,
        ]);
        result.push([item.seq, rows[0]?.id ?? 0]);
        touched.add(item.boardId);
      }
      if (touched.size > 0) await client.query('UPDATE boards SET updated_at = $1 WHERE id = ANY($2)', [now, [...touched]]);
      return result;
    });
    reply({ kind: 'durable', acks });
    noteSuccess();
  } catch (err) {
    // Nothing is dropped: the batch goes back to the front and is retried.
    queue = batch.concat(queue);
    authorQueue = authors.concat(authorQueue);
    // A board deleted between the EXISTS check and the foreign key check: the retry skips it.
    if ((err as { code?: string }).code === '23503') return;
    noteFailure(err);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      scheduleCommit();
    }, 500);
  }
}

// ---- compaction under a lease ----

const compacting = new Map<string, Promise<void>>();

/**
 * A per-board lease in `table` (compaction, history): taken when free or expired, renewed by its
 * holder; PostgreSQL's clock decides, so nodes' clocks need not agree.
 */
const takeLease = (table: 'compaction_leases' | 'history_leases') => `
INSERT INTO ${table} (board_id, holder, expires_at)
SELECT $1, $2, now() + $3 * interval '1 millisecond' WHERE EXISTS (SELECT 1 FROM boards WHERE id = $1)
ON CONFLICT (board_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
  WHERE ${table}.expires_at < now() OR ${table}.holder = excluded.holder
RETURNING holder`;
const TAKE_LEASE = takeLease('compaction_leases');

/**
 * Folds the stored snapshot, every log row visible now and the room's own compacted state into
 * one snapshot, and deletes exactly the rows it folded, in one transaction: a row another node
 * commits meanwhile (with a lower id, even) stays in the log; a node dying mid-way rolls back.
 * Yjs updates merge as a union, so nothing stored is ever left out of the new snapshot. The
 * lease keeps other nodes from doing the same work at the same time; `FOR UPDATE` on the
 * snapshot serialises them anyway if a lease expired under a slow holder.
 */
async function compact(boardId: string, state: Uint8Array): Promise<void> {
  const lease = await pool.query(TAKE_LEASE, [boardId, nodeId, leaseMs]);
  if (lease.rowCount === 0) {
    reply({ kind: 'compacted', boardId, outcome: 'leased-elsewhere', rows: 0 });
    return;
  }
  try {
    const folded = await inTransaction(async (client) => {
      const snapshot = await client.query<{ data: Buffer }>('SELECT data FROM snapshots WHERE board_id = $1 FOR UPDATE', [boardId]);
      const board = await client.query('SELECT 1 FROM boards WHERE id = $1', [boardId]);
      if (board.rowCount === 0) return -1;
      const { rows } = await client.query<{ id: number; data: Buffer }>('SELECT id, data FROM updates WHERE board_id = $1 ORDER BY id', [boardId]);
      const doc = new Y.Doc();
      const applied: number[] = [];
      try {
        if (snapshot.rows[0]) Y.applyUpdate(doc, snapshot.rows[0].data);
        Y.applyUpdate(doc, state);
        for (const row of rows) {
          try {
            Y.applyUpdate(doc, row.data);
            applied.push(row.id);
          } catch {
            // Not folded, so not deleted: the row stays in the log.
          }
        }
        const merged = Y.encodeStateAsUpdate(doc);
        const upTo = applied.length > 0 ? Math.max(...applied) : 0;
        await client.query(
          'INSERT INTO snapshots (board_id, data, up_to, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data, up_to = GREATEST(snapshots.up_to, excluded.up_to), updated_at = excluded.updated_at',
          [boardId, Buffer.from(merged), upTo, Date.now()],
        );
        if (applied.length > 0) await client.query('DELETE FROM updates WHERE board_id = $1 AND id = ANY($2)', [boardId, applied]);
      } finally {
        doc.destroy();
      }
      return applied.length;
    });
    reply({ kind: 'compacted', boardId, outcome: folded < 0 ? 'gone' : 'done', rows: Math.max(0, folded) });
  } finally {
    await pool.query('DELETE FROM compaction_leases WHERE board_id = $1 AND holder = $2', [boardId, nodeId]).catch(() => undefined);
  }
}

function startCompaction(boardId: string, state: Uint8Array): void {
  const previous = compacting.get(boardId) ?? Promise.resolve();
  // One compaction per board at a time on this node; a later one waits for the earlier.
  const next = previous
    .then(() => compact(boardId, state))
    .catch((err: unknown) => {
      if (unavailable(err)) noteFailure(err);
      reply({ kind: 'compacted', boardId, outcome: 'failed', rows: 0, detail: describe(err) });
    })
    .finally(() => {
      if (compacting.get(boardId) === next) compacting.delete(boardId);
    });
  compacting.set(boardId, next);
}

port.on('message', (request: PgRequest) => {
  switch (request.kind) {
    case 'append':
      for (const item of request.items) queue.push(item);
      for (const author of request.authors) authorQueue.push(author);
      scheduleCommit();
      return;
    case 'compact':
      startCompaction(request.boardId, request.state);
      return;
    case 'call':
      call(request.call).then(
        (value) => {
          if (request.call.op !== 'flush') noteSuccess();
          reply({ kind: 'result', id: request.id, ok: true, value });
        },
        (err: unknown) => {
          const isUnavailable = unavailable(err);
          if (isUnavailable) noteFailure(err);
          reply({ kind: 'result', id: request.id, ok: false, message: describe(err), unavailable: isUnavailable });
        },
      );
      return;
    case 'close':
      if (probeTimer) clearInterval(probeTimer);
      if (retryTimer) clearTimeout(retryTimer);
      void pool.end().finally(() => port.close());
      return;
  }
});
