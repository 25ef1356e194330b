import net from 'node:net';
import { startPostgres, startRedis, type TestPostgres, type TestRedis } from '@stormscape/testinfra';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeClientMessage, encodeUpdate } from '../src/protocol/messages';
import { createBoard, rawSocket, startServer, waitFor, type RunningServer } from './helpers';

/**
 * A node publishes a document update to the other nodes before it sends it to its own peers, so
 * the other nodes' fan-out runs while this one's is still going (S1 on two nodes: a viewer on
 * node B waited for all of node A's local sends first). Observed with a real Redis behind a
 * TCP forwarder in this process that sees the bytes the node writes to Redis, and a viewer on
 * the node in this process too. Loop turns are counted with a repeating `setImmediate`: the
 * update's PUBLISH must be read from the node's Redis connection no later in the loop than the
 * viewer reads the update. Sent to the viewer first, the PUBLISH was written a turn later
 * (node-redis writes at its next `setImmediate`), so it is always read at least a turn after.
 */
let postgres: TestPostgres;
let redis: TestRedis;
let forwarder: net.Server;
const links: net.Socket[] = [];
const servers: RunningServer[] = [];
const sockets: WebSocket[] = [];

let turn = 0;
let counting = true;
const countTurns = () => {
  turn++;
  if (counting) setImmediate(countTurns);
};

/** Turn in which bytes containing `marker` were first read from a node's Redis connection. */
const publishSeen = new Map<string, number>();
let watched: string[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  forwarder = net.createServer((fromNode) => {
    const toRedis = net.connect(redis.port, '127.0.0.1');
    links.push(fromNode, toRedis);
    let recent = Buffer.alloc(0);
    fromNode.on('data', (data: Buffer) => {
      // Keep the tail of the previous read too: a marker may straddle two reads.
      recent = Buffer.concat([recent.subarray(-256), data]);
      for (const marker of watched) if (!publishSeen.has(marker) && recent.includes(marker)) publishSeen.set(marker, turn);
      toRedis.write(data);
    });
    toRedis.pipe(fromNode);
    fromNode.on('error', () => toRedis.destroy());
    toRedis.on('error', () => fromNode.destroy());
  });
  await new Promise<void>((resolve) => forwarder.listen(0, '127.0.0.1', resolve));
  setImmediate(countTurns);
}, 240_000);

afterAll(async () => {
  counting = false;
  for (const s of sockets) s.terminate();
  for (const s of servers) await s.stop();
  for (const l of links) l.destroy();
  forwarder?.close();
  await Promise.all([postgres?.close(), redis?.close()]);
}, 120_000);

it('writes a document update to Redis before sending it to its own peers', async () => {
  const databaseUrl = await postgres.createDatabase('publish_first');
  const { port } = forwarder.address() as net.AddressInfo;
  const node = await startServer({ databaseUrl, redisUrl: `redis://127.0.0.1:${port}` });
  servers.push(node);
  await waitFor(async () => ((await (await fetch(`${node.http}/readyz`)).json()) as { redis?: string }).redis === 'ok', 'the node subscribed to Redis', 60_000);
  const board = await createBoard(node.http);

  const viewer = await rawSocket(`${node.ws}/${board.id}?token=${board.viewToken}`);
  const editor = await rawSocket(`${node.ws}/${board.id}?token=${board.editToken}`);
  sockets.push(viewer, editor);
  await waitFor(() => node.app.rooms.get(board.id)?.peers.size === 2, 'both clients in the room');

  /** Turn in which the viewer read the update holding `marker`. */
  const viewerSaw = new Map<string, number>();
  viewer.on('message', (data: Buffer) => {
    const message = decodeClientMessage(data);
    if (message.type !== 'sync-update') return;
    for (const marker of watched) if (!viewerSaw.has(marker) && Buffer.from(message.update).includes(marker)) viewerSaw.set(marker, turn);
  });

  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => editor.send(encodeUpdate(update)));
  const markers = ['publish-first-1', 'publish-first-2', 'publish-first-3'];
  watched = markers;
  for (const marker of markers) {
    doc.getMap('m').set(marker, marker);
    await waitFor(() => viewerSaw.has(marker) && publishSeen.has(marker), `update ${marker} at the viewer and in Redis`, 30_000);
  }
  for (const marker of markers) {
    expect({ marker, publishedTurn: publishSeen.get(marker)! <= viewerSaw.get(marker)! }).toEqual({ marker, publishedTurn: true });
  }
}, 240_000);
