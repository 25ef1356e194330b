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

/** Nodes A and B on one database and Redis, both subscribed; B never flushes presence on its own interval. */
async function twoNodes(database: string): Promise<{ a: RunningServer; b: RunningServer }> {
  const databaseUrl = await postgres.createDatabase(database);
  const a = await startServer({ databaseUrl, redisUrl: redis.url });
  servers.push(a);
  const b = await startServer({ databaseUrl, redisUrl: redis.url, awarenessIntervalMs: 600_000 });
  servers.push(b);
  const redisOk = async (s: RunningServer) => ((await (await fetch(`${s.http}/readyz`)).json()) as { redis?: string }).redis === 'ok';
  await waitFor(async () => (await redisOk(a)) && (await redisOk(b)), 'both nodes subscribed to Redis', 60_000);
  return { a, b };
}

describe('presence from another node', () => {
  it('reaches local clients when it arrives, without a second throttle interval on this node', async () => {
    const { a, b } = await twoNodes('remote_presence');
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

  it('carries this node’s pending presence with the relayed batch: one message per arrival, not one more per interval', async () => {
    // B's own interval never ends during the test: only a relayed batch from A flushes B.
    const { a, b } = await twoNodes('remote_presence_merged');
    const board = await createBoard(a.http);
    const [local, watcher, remote] = [connect(b.ws, board.id, board.editToken), connect(b.ws, board.id, board.editToken), connect(a.ws, board.id, board.editToken)];
    providers.push(local.provider, watcher.provider, remote.provider);
    await Promise.all([local, watcher, remote].map((c) => synced(c.provider)));
    const cursorAt = (clientId: number) => (watcher.provider.awareness.getStates().get(clientId) as { cursor?: { x: number } } | undefined)?.cursor?.x;

    // B has applied the local cursor once the watcher has the edit sent after it on the same
    // connection (presence is handled in the turn that flushes that edit, or earlier).
    local.provider.awareness.setLocalStateField('cursor', { x: 7, y: 0 });
    local.doc.getMap('m').set('after-cursor', 1);
    await waitFor(() => watcher.doc.getMap('m').get('after-cursor') === 1, 'the edit at the watcher', 60_000);

    // A burst of remote cursor states: the last one arrives (A coalesced the rest).
    for (let x = 1; x <= 5; x++) remote.provider.awareness.setLocalStateField('cursor', { x, y: 0 });
    await waitFor(() => cursorAt(remote.doc.clientID) === 5, 'the last remote cursor at the watcher', 60_000);
    // The flush that carried it took B's own pending change too: a relayed batch does not go
    // out as an extra message beside this node's interval flush.
    expect(cursorAt(local.doc.clientID)).toBe(7);
  }, 240_000);
});
