// Publish-to-consume lag between two generated services, read from their own tables on the
// same PostgreSQL server (one clock, microseconds, nothing added to the services): from the
// publisher's outbox row (`outbox.created_at`, the start of the command's transaction) to the
// consumer's inbox row (`inbox.processed_at`, the start of the transaction that handles it).
// It covers the relay, the transport (Kafka or the in-process bus) and the consumer's
// poll, and leaves out the two handlers themselves.
import pg from 'pg';

const HANG_GUARD_MS = 600_000;

export interface LagResult {
  readonly events: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Of which in the publisher's outbox: `outbox.sent_at − created_at` (the relay marks rows sent after the transport accepted them). */
  readonly relayP50Ms: number;
  readonly relayP99Ms: number;
  /** From the first outbox row to the last inbox row: ≫ events ÷ rate when the consumer falls behind. */
  readonly spanSeconds: number;
}

/** Nearest-rank percentile of ascending `values`. */
function percentile(values: readonly number[], q: number): number {
  return values[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? Number.NaN;
}

async function withClient<R>(url: string, work: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + HANG_GUARD_MS;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`hang guard: ${what} did not happen within ${HANG_GUARD_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The publisher's database clock now, as a marker for `lagSince`. */
export function databaseNow(publisherUrl: string): Promise<string> {
  return withClient(publisherUrl, async (db) => (await db.query<{ now: string }>('SELECT clock_timestamp()::text AS now')).rows[0]?.now ?? '');
}

/**
 * Waits until the publisher's outbox is empty and the consumer's `consumerPrefix` inbox holds
 * every `eventName` published so far (a backlog would count in the next lag measurement).
 */
export async function caughtUp(publisherUrl: string, consumerUrl: string, eventName: string, consumerPrefix: string): Promise<void> {
  await withClient(publisherUrl, (publisher) =>
    withClient(consumerUrl, (consumer) =>
      until(`the consumer catches up with ${eventName}`, async () => {
        const unsent = Number((await publisher.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL')).rows[0]?.n);
        const published = Number((await publisher.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE name = $1', [eventName])).rows[0]?.n);
        const handled = Number((await consumer.query<{ n: string }>('SELECT count(DISTINCT event_id) AS n FROM inbox WHERE consumer LIKE $1', [`${consumerPrefix}%`])).rows[0]?.n);
        return unsent === 0 && handled >= published ? true : undefined;
      }),
    ),
  );
}

/** Lag of every `eventName` published since `since`, once the consumer has handled them all. */
export async function lagSince(publisherUrl: string, consumerUrl: string, eventName: string, consumerPrefix: string, since: string): Promise<LagResult> {
  const published = await withClient(publisherUrl, async (db) =>
    (
      await db.query<{ event_id: string; ms: string; relay_ms: string }>(
        'SELECT event_id, EXTRACT(EPOCH FROM created_at) * 1000 AS ms, EXTRACT(EPOCH FROM sent_at - created_at) * 1000 AS relay_ms FROM outbox WHERE name = $1 AND created_at >= $2',
        [eventName, since],
      )
    ).rows,
  );
  if (published.length === 0) throw new Error(`no ${eventName} was published since ${since}`);
  const ids = published.map((row) => row.event_id);
  const handled = await withClient(consumerUrl, (db) =>
    until(`the consumer handles the ${ids.length} ${eventName} events`, async () => {
      const rows = (
        await db.query<{ event_id: string; ms: string }>(
          'SELECT event_id, min(EXTRACT(EPOCH FROM processed_at) * 1000) AS ms FROM inbox WHERE consumer LIKE $1 AND event_id = ANY($2) GROUP BY event_id',
          [`${consumerPrefix}%`, ids],
        )
      ).rows;
      return rows.length === ids.length ? new Map(rows.map((row) => [row.event_id, Number(row.ms)])) : undefined;
    }),
  );
  const lags = published.map((row) => (handled.get(row.event_id) ?? Number.NaN) - Number(row.ms)).sort((a, b) => a - b);
  const relay = published.map((row) => Number(row.relay_ms)).sort((a, b) => a - b);
  const first = Math.min(...published.map((row) => Number(row.ms)));
  const last = Math.max(...handled.values());
  return { spanSeconds: (last - first) / 1000, events: lags.length, p50Ms: percentile(lags, 0.5), p99Ms: percentile(lags, 0.99), maxMs: percentile(lags, 1), relayP50Ms: percentile(relay, 0.5), relayP99Ms: percentile(relay, 0.99) };
}
