// The service bench's floor: a hand-written Fastify + pg server doing the same writes as the
// generated Ordering service's Place Order and Confirm Order — the aggregate row and the
// outbox row in one transaction, on the generated schema (its migrations) — and nothing
// else: no request validation, no lifecycle, no metrics, no tracing, no relay.
import { randomUUID } from 'node:crypto';
import fastify from 'fastify';
import pg from 'pg';

const POOL_SIZE = 10; // as the generated PostgresStorage

/** Starts the plain server on a free port of 127.0.0.1 over `databaseUrl` after running `ddl`. */
export async function startPlainOrders(databaseUrl: string, ddl: readonly string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  for (const sql of ddl) await pool.query(sql);

  const inTransaction = async <R>(work: (client: pg.PoolClient) => Promise<R>): Promise<R> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const enqueue = (client: pg.PoolClient, name: string, topic: string, key: string, payload: Record<string, unknown>) => {
    const eventId = randomUUID();
    const event = { eventId, occurredAt: new Date().toISOString(), ...payload };
    const headers = { 'event-id': eventId, 'event-name': name, 'occurred-at': event.occurredAt, 'aggregate-id': key };
    return client.query('INSERT INTO outbox (event_id, name, topic, key, payload, headers) VALUES ($1, $2, $3, $4, $5, $6)', [eventId, name, topic, key, JSON.stringify(event), JSON.stringify(headers)]);
  };

  const app = fastify();
  app.post('/orders', async (request, reply) => {
    const order = { ...(request.body as Record<string, unknown>), orderId: randomUUID(), status: 'placed' };
    await inTransaction(async (client) => {
      await client.query('INSERT INTO agg_order (id, state, version) VALUES ($1, $2, 1)', [order.orderId, JSON.stringify(order)]);
      await enqueue(client, 'OrderPlaced', 'ordering.orders.order-placed', order.orderId, { orderId: order.orderId });
    });
    return reply.code(201).send(order);
  });
  app.post('/orders/:orderId/confirm', async (request, reply) => {
    const { orderId } = request.params as { orderId: string };
    const order = await inTransaction(async (client) => {
      const row = (await client.query<{ state: Record<string, unknown>; version: number }>('SELECT state, version FROM agg_order WHERE id = $1', [orderId])).rows[0];
      if (!row) return undefined;
      const next = { ...row.state, status: 'confirmed' };
      const updated = await client.query('UPDATE agg_order SET state = $2, version = version + 1, updated_at = now() WHERE id = $1 AND version = $3', [orderId, JSON.stringify(next), row.version]);
      if (updated.rowCount !== 1) throw new Error(`order ${orderId} changed meanwhile`);
      await enqueue(client, 'OrderConfirmed', 'ordering.orders.order-confirmed', orderId, { orderId });
      return next;
    });
    return order ? reply.send(order) : reply.code(404).send({ title: 'Not found' });
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    stop: async () => {
      await app.close();
      await pool.end();
    },
  };
}
