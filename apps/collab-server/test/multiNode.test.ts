import type { ChildProcess } from 'node:child_process';
import * as prng from 'lib0/prng';
import pg from 'pg';
import { startPostgres, startRedis, type TestPostgres, type TestRedis } from '@stormscape/testinfra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { encodeAwareness } from '../src/protocol/messages';
import { connect, createBoard, metricsValue, rawSocket, spawnServer, synced, tempDir, waitFor } from './helpers';

// Three nodes (real processes on port 0) on one PostgreSQL + Redis, stock y-websocket clients
// on different nodes. The seed fixes the edits and which client makes them; replay with
// MULTINODE_SEED=<seed> npx vitest run --root apps/collab-server test/multiNode.test.ts.

interface Node {
  child: ChildProcess;
  ws: string;
  http: string;
  exited: Promise<number | null>;
  output: () => string;
}

let postgres: TestPostgres;
let redis: TestRedis;
let databaseUrl: string;
const nodes: Node[] = [];
const dirs: (() => void)[] = [];
const providers: { destroy: () => void }[] = [];

async function startNode(): Promise<Node> {
  const dir = tempDir();
  dirs.push(dir.remove);
  // A node silent for 4 s is gone (default 10 s): a killed node's presence goes sooner.
  const { child, port, exited, output } = await spawnServer({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, DATA_DIR: dir.dir, NODE_TIMEOUT_MS: '4000' });
  return { child, ws: `ws://127.0.0.1:${port}/ws`, http: `http://127.0.0.1:${port}`, exited, output };
}

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  databaseUrl = await postgres.createDatabase('multinode');
  // One at a time: the first applies the schema; the others find it (they would wait on its lock anyway).
  nodes.push(await startNode());
  nodes.push(...(await Promise.all([startNode(), startNode()])));
}, 240_000);

afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const node of nodes) {
    node.child.kill('SIGTERM');
    await node.exited;
  }
  for (const remove of dirs) remove();
  await Promise.all([postgres?.close(), redis?.close()]);
}, 120_000);

function client(node: Node, boardId: string, token: string, doc = new Y.Doc()) {
  const c = connect(node.ws, boardId, token, doc);
  providers.push(c.provider);
  return c;
}

const items = (doc: Y.Doc) => doc.getArray<string>('items').toArray();
// Keys sorted: a Y.Map's JSON lists keys in the order this replica first saw them, which
// differs between clients that have converged.
const sortedEntries = (doc: Y.Doc) => Object.entries(doc.getMap<string>('m').toJSON()).sort(([a], [b]) => (a < b ? -1 : 1));
const text = (doc: Y.Doc) => JSON.stringify({ items: items(doc), map: sortedEntries(doc) });

/** What PostgreSQL holds for the board (snapshot and log), as a document. */
async function storedDoc(boardId: string): Promise<Y.Doc> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const doc = new Y.Doc();
    const snapshot = await db.query<{ data: Buffer }>('SELECT data FROM snapshots WHERE board_id = $1', [boardId]);
    if (snapshot.rows[0]) Y.applyUpdate(doc, snapshot.rows[0].data);
    for (const row of (await db.query<{ data: Buffer }>('SELECT data FROM updates WHERE board_id = $1', [boardId])).rows) Y.applyUpdate(doc, row.data);
    return doc;
  } finally {
    await db.end();
  }
}

async function converged(docs: Y.Doc[], what: string): Promise<void> {
  await waitFor(() => docs.every((d) => text(d) === text(docs[0]!)), what, 90_000);
}

describe('three nodes on one PostgreSQL and Redis', () => {
  it('stock clients on different nodes converge (randomized; late joiners on every node too)', async () => {
    const seed = Number(process.env.MULTINODE_SEED ?? Math.floor(Math.random() * 2 ** 31));
    console.log(`multi-node convergence seed: ${seed} (replay: MULTINODE_SEED=${seed})`);
    const gen = prng.create(seed);
    const board = await createBoard(nodes[0]!.http);
    const clients = Array.from({ length: 6 }, (_, i) => client(nodes[i % 3]!, board.id, board.editToken));
    await Promise.all(clients.map((c) => synced(c.provider)));
    for (let step = 0; step < 150; step++) {
      const { doc } = clients[prng.uint32(gen, 0, clients.length - 1)]!;
      if (prng.bool(gen)) doc.getArray<string>('items').insert(0, [`${step}:${prng.word(gen, 1, 6)}`]);
      else doc.getMap('m').set(`k${prng.uint32(gen, 0, 9)}`, prng.word(gen, 1, 6));
      // Let the sockets move now and then, so edits interleave across nodes.
      if (prng.uint32(gen, 0, 9) === 0) await new Promise((r) => setTimeout(r, prng.uint32(gen, 0, 30)));
    }
    await converged(clients.map((c) => c.doc), 'clients on three nodes to converge');
    expect(items(clients[0]!.doc).length).toBeGreaterThan(0);
    // A client joining any node afterwards gets everything, whichever node its edits went through.
    const late = nodes.map((node) => client(node, board.id, board.editToken));
    await Promise.all(late.map((c) => synced(c.provider)));
    await converged([clients[0]!.doc, ...late.map((c) => c.doc)], 'late joiners to converge');
  }, 240_000);

  it('counts document updates relayed from another node among the updates sent to clients', async () => {
    const board = await createBoard(nodes[0]!.http);
    const writer = client(nodes[0]!, board.id, board.editToken);
    const viewer = client(nodes[1]!, board.id, board.viewToken);
    await Promise.all([writer, viewer].map((c) => synced(c.provider)));
    const before = await metricsValue(nodes[1]!.http, 'stormscape_updates_out_total');
    writer.doc.getMap('m').set('counted', 'yes');
    await waitFor(() => viewer.doc.getMap('m').get('counted') === 'yes', 'the edit at the viewer on node B', 30_000);
    // Node B sent it to its viewer (a relay is a send like a local flush: the bench's per-client counts use it).
    expect(await metricsValue(nodes[1]!.http, 'stormscape_updates_out_total')).toBeGreaterThan(before);
  }, 120_000);

  it('presence crosses nodes; a client id spoofed on node A is not adopted on node B', async () => {
    const board = await createBoard(nodes[0]!.http);
    const victim = client(nodes[1]!, board.id, board.editToken);
    const observer = client(nodes[1]!, board.id, board.viewToken);
    const onA = client(nodes[0]!, board.id, board.viewToken);
    victim.provider.awareness.setLocalState({ user: 'victim' });
    await Promise.all([victim, observer, onA].map((c) => synced(c.provider)));
    const victimId = victim.doc.clientID;
    const userOf = (c: { provider: { awareness: { getStates(): Map<number, unknown> } } }, id: number) => (c.provider.awareness.getStates().get(id) as { user?: string } | undefined)?.user;
    // Honest presence crosses from B to A.
    await waitFor(() => userOf(onA, victimId) === 'victim', 'the victim’s presence on node A', 30_000);
    // A hostile connection on A claims the victim's id (high clock) next to an id of its own.
    const evil = new WebSocket(`${nodes[0]!.ws}/${board.id}?token=${board.viewToken}`);
    providers.push({ destroy: () => evil.terminate() });
    await new Promise((resolve, reject) => {
      evil.once('open', resolve);
      evil.once('error', reject);
    });
    const markerId = 31_337;
    evil.send(encodeAwareness([{ clientId: victimId, clock: 1_000, state: '{"user":"mallory"}' }, { clientId: markerId, clock: 1, state: '{"user":"marker"}' }]));
    // The attacker's own id crosses to B (same message): the spoofed one must not have.
    await waitFor(() => userOf(observer, markerId) === 'marker', 'the attacker’s own presence on node B', 30_000);
    expect(userOf(observer, victimId)).toBe('victim');
    expect(userOf(onA, victimId)).toBe('victim');
  }, 120_000);

  it('a SIGKILLed node loses nothing it acknowledged, its presence expires elsewhere; its clients reconnect to another node and the document is complete', async () => {
    const board = await createBoard(nodes[0]!.http);
    const victim = nodes[2]!;
    const writer = client(victim, board.id, board.editToken);
    const observer = client(nodes[0]!, board.id, board.editToken);
    writer.provider.awareness.setLocalState({ user: 'on the victim' });
    observer.provider.awareness.setLocalState({ user: 'observer' });
    await Promise.all([synced(writer.provider), synced(observer.provider)]);
    const states = (c: { provider: { awareness: { getStates(): Map<number, unknown> } } }) => c.provider.awareness.getStates();
    await waitFor(() => states(observer).has(writer.doc.clientID), 'the victim’s client’s presence on node A', 30_000);
    const list = writer.doc.getArray<string>('items');
    for (let i = 0; i < 40; i++) {
      list.push([`w${i}`]);
      if (i % 5 === 4) await new Promise((r) => setTimeout(r, 5));
    }
    // What the victim acknowledged is what PostgreSQL committed: read it, then kill mid-stream.
    const acknowledged = items(await storedDoc(board.id));
    for (let i = 40; i < 60; i++) list.push([`w${i}`]);
    victim.child.kill('SIGKILL');
    await victim.exited;
    nodes.splice(2, 1);
    for (let i = 60; i < 70; i++) list.push([`w${i}`]);

    // Nothing it acknowledged is lost, even if its client never came back.
    const fresh = client(nodes[1]!, board.id, board.editToken);
    await synced(fresh.provider);
    await waitFor(() => acknowledged.every((item) => items(fresh.doc).includes(item)), 'every acknowledged edit on another node', 30_000);

    // The dead node's presence is removed on the others (no heartbeat), not kept for joiners.
    await waitFor(() => !states(observer).has(writer.doc.clientID), 'the dead node’s presence removed on node A', 60_000);
    const joiner = client(nodes[0]!, board.id, board.viewToken);
    await waitFor(() => states(joiner).has(observer.doc.clientID), 'the presence table sent to a joiner on node A', 30_000);
    expect(states(joiner).has(writer.doc.clientID)).toBe(false);

    // Its client reconnects through another node (as behind a load balancer) and resends the rest.
    writer.provider.destroy();
    const again = client(nodes[1]!, board.id, board.editToken, writer.doc);
    await synced(again.provider);
    await converged([writer.doc, observer.doc, fresh.doc], 'the document to be complete on the other nodes');
    expect(items(observer.doc)).toHaveLength(70);
    nodes.push(await startNode());
  }, 180_000);

  it('after a Redis restart a node relays only what it missed, not whole boards', async () => {
    const [a, b] = [nodes[0]!, nodes[1]!];
    const board = await createBoard(a.http);
    const writer = client(a, board.id, board.editToken);
    const reader = client(b, board.id, board.editToken);
    await Promise.all([writer, reader].map((c) => synced(c.provider)));
    // ~110 KB on the board before the outage, relayed to node B through Redis as usual.
    writer.doc.transact(() => writer.doc.getArray<string>('items').push(Array.from({ length: 1000 }, (_, i) => `${i}:${'x'.repeat(100)}`)));
    await waitFor(() => items(reader.doc).length === 1000, 'the big board on node B', 60_000);
    // A raw viewer on node B counts the document bytes it is sent from now on.
    const viewer = await rawSocket(`${b.ws}/${board.id}?token=${board.viewToken}`);
    let documentBytes = 0;
    let first = true;
    viewer.on('message', (data: Buffer) => {
      // The join's sync step 1 (the server's state vector) is not catch-up.
      if (first && data[0] === 0) return void (first = false);
      if (data[0] === 0) documentBytes += data.byteLength;
    });
    const catchUp = async () => ({
      rounds: await metricsValue(b.http, 'stormscape_redis_catch_up_rounds_total'),
      scheduled: await metricsValue(b.http, 'stormscape_redis_catch_ups_scheduled'),
    });
    await redis.stop();
    await waitFor(async () => (await (await fetch(`${b.http}/readyz`)).json() as { redis?: string }).redis === 'unreachable', 'node B to see Redis gone', 30_000);
    // Rounds still scheduled by an earlier reconnect finish before counting ours.
    const before = (await waitFor(async () => {
      const now = await catchUp();
      return now.scheduled === 0 ? now : null;
    }, 'earlier catch-up rounds to finish', 30_000))!;
    // While Redis is down: a small edit and a deletion on node A, a small edit on node B.
    writer.doc.getArray<string>('items').push(['on a while Redis is down']);
    writer.doc.getArray<string>('items').delete(0, 1);
    reader.doc.getArray<string>('items').push(['on b while Redis is down']);
    await redis.start();
    await converged([writer.doc, reader.doc], 'both nodes to catch up once Redis is back');
    expect(items(reader.doc)).toHaveLength(1001);
    // Both rounds (at once and 2 s later) have run on node B.
    await waitFor(async () => {
      const now = await catchUp();
      return now.rounds >= before.rounds + 2 && now.scheduled === 0;
    }, 'node B’s two catch-up rounds', 60_000);
    await waitFor(() => documentBytes > 0, 'the viewer to be sent node A’s edit', 30_000);
    // What changed while Redis was down is ~100 bytes; the board is ~110 KB (twice: 220 KB).
    expect(documentBytes).toBeLessThan(4_096);
    viewer.close();
  }, 180_000);

  it('a Redis restart: each node keeps serving its own clients (ready, degraded), then catches up from PostgreSQL', async () => {
    const board = await createBoard(nodes[0]!.http);
    const [a1, a2, b1] = [client(nodes[0]!, board.id, board.editToken), client(nodes[0]!, board.id, board.editToken), client(nodes[1]!, board.id, board.editToken)];
    await Promise.all([a1, a2, b1].map((c) => synced(c.provider)));
    const readiness = async () => {
      const res = await fetch(`${nodes[0]!.http}/readyz`);
      return { code: res.status, ...((await res.json()) as { status: string; redis?: string }) };
    };
    expect(await readiness()).toEqual({ code: 200, status: 'ready', redis: 'ok' });
    await redis.stop();
    // Still in the balancer (it serves its own clients), but says Redis is lost.
    await waitFor(async () => (await readiness()).redis === 'unreachable', '/readyz to report Redis unreachable', 30_000);
    expect(await readiness()).toEqual({ code: 200, status: 'degraded', redis: 'unreachable' });
    a1.doc.getArray<string>('items').push(['on a while Redis is down']);
    b1.doc.getArray<string>('items').push(['on b while Redis is down']);
    // Same node: still relayed.
    await waitFor(() => items(a2.doc).includes('on a while Redis is down'), 'a local relay while Redis is down');
    await redis.start();
    await converged([a1.doc, a2.doc, b1.doc], 'both nodes to catch up once Redis is back');
    await waitFor(async () => (await readiness()).redis === 'ok', '/readyz to report Redis reachable again', 30_000);
    expect(items(a2.doc)).toHaveLength(2);
  }, 120_000);

  it('a PostgreSQL restart: clients are told to resend (4507) and everything converges and is stored', async () => {
    const board = await createBoard(nodes[0]!.http);
    const [a, b] = [client(nodes[0]!, board.id, board.editToken), client(nodes[1]!, board.id, board.editToken)];
    await Promise.all([a, b].map((c) => synced(c.provider)));
    a.doc.getArray<string>('items').push(['before']);
    await postgres.restart();
    a.doc.getArray<string>('items').push(['after on a']);
    b.doc.getArray<string>('items').push(['after on b']);
    await converged([a.doc, b.doc], 'clients to converge after the PostgreSQL restart').catch((err: Error) => {
      if (process.env.MULTINODE_DEBUG) console.log(nodes.map((n) => n.output().split('\n').filter((l) => /"level":(40|50|60)/.test(l)).join('\n')).join('\n----\n'));
      throw err;
    });
    expect(items(a.doc)).toHaveLength(3);
    await waitFor(async () => items(await storedDoc(board.id)).length === 3, `all three edits stored (clients: ${JSON.stringify(items(a.doc))})`, 60_000).catch(async (err: Error) => {
      throw new Error(`${err.message}; stored: ${JSON.stringify(items(await storedDoc(board.id)))}`);
    });
  }, 120_000);
});
