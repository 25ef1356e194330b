import { startPostgres, startRedis, type TestPostgres, type TestRedis } from '@stormscape/testinfra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createBoard, startServer, synced, waitFor, type RunningServer } from './helpers';

// Two nodes (in this process) on one real PostgreSQL and Redis. Node B coalesces its own
// clients' presence over a very long interval: presence relayed by node A must still reach B's
// clients when it arrives (A already coalesced it), not wait for B's interval as well.
let postgres: TestPostgres;
let redis: TestRedis;
const servers: RunningServer[] = [];
const providers: { destroy: () => void }[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 240_000);

afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const s of servers) await s.stop();
  await Promise.all([postgres?.close(), redis?.close()]);
}, 120_000);

describe('presence from another node', () => {
  it('reaches local clients when it arrives, without a second throttle interval on this node', async () => {
    const databaseUrl = await postgres.createDatabase('remote_presence');
    const a = await startServer({ databaseUrl, redisUrl: redis.url });
    servers.push(a);
    const b = await startServer({ databaseUrl, redisUrl: redis.url, awarenessIntervalMs: 600_000 });
    servers.push(b);
    const redisOk = async (s: RunningServer) => ((await (await fetch(`${s.http}/readyz`)).json()) as { redis?: string }).redis === 'ok';
    await waitFor(async () => (await redisOk(a)) && (await redisOk(b)), 'both nodes subscribed to Redis', 60_000);
    const board = await createBoard(a.http);
    const onB = connect(b.ws, board.id, board.editToken);
    providers.push(onB.provider);
    await synced(onB.provider);
    const onA = connect(a.ws, board.id, board.editToken);
    providers.push(onA.provider);
    await synced(onA.provider);
    // Node B never flushes its own presence during the test: a stock client that hears nothing
    // for 30 s reconnects, and a rejoin is sent the whole table. It must arrive before that.
    let closes = 0;
    onB.provider.on('connection-close', () => closes++);
    onA.provider.awareness.setLocalStateField('cursor', { x: 12, y: 34 });
    const cursorOnB = () => (onB.provider.awareness.getStates().get(onA.doc.clientID) as { cursor?: { x: number } } | undefined)?.cursor?.x;
    await waitFor(() => cursorOnB() === 12, 'node A’s cursor at node B’s client', 60_000);
    // Relayed on the live connection, not found by a rejoin after B's client gave up waiting.
    expect(closes).toBe(0);
  }, 240_000);
});
