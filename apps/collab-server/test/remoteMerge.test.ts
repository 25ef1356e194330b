import { afterAll, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { decodeClientMessage, encodeUpdate } from '../src/protocol/messages';
import { inspectUpdate } from '../src/protocol/updates';
import type { Room } from '../src/rooms/Room';
import { createBoard, rawSocket, startServer, waitFor, type RunningServer } from './helpers';

/**
 * Document updates another node relays join the room's per-turn flush: a peer gets one message
 * per turn for this node's own updates and every relayed one together (the N2 S2 profile: relayed
 * updates, sent one Redis message at a time, were half of each node's document sends). The relay
 * is driven through the room's `acceptRemoteUpdate` — the method the Redis subscriber calls per
 * message — twice in one synchronous block, as when one read from Redis holds two messages.
 */
const servers: RunningServer[] = [];
const sockets: WebSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.terminate();
  for (const s of servers) await s.stop();
});

/** Two separate updates written by another replica. */
function otherReplicaUpdates(keys: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const key of keys) doc.getMap('m').set(key, key);
  return updates;
}

const relay = (room: Room, update: Uint8Array) => room.acceptRemoteUpdate(update, inspectUpdate(update).ranges, encodeUpdate(update));

/** A raw client of the board: the document updates (messages) it received, applied to a doc. */
async function listener(server: RunningServer, boardId: string, token: string) {
  const ws = await rawSocket(`${server.ws}/${boardId}?token=${token}`);
  sockets.push(ws);
  const doc = new Y.Doc();
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => {
    const message = decodeClientMessage(data);
    if (message.type !== 'sync-update') return;
    received.push(message.update);
    Y.applyUpdate(doc, message.update);
  });
  return { ws, doc, received, has: (key: string) => doc.getMap('m').get(key) === key };
}

it('relays the updates another node sent during one turn to each peer as one message, with this node’s own', async () => {
  const server = await startServer();
  servers.push(server);
  const board = await createBoard(server.http);
  const viewer = await listener(server, board.id, board.viewToken);
  const editor = await listener(server, board.id, board.editToken);
  await waitFor(() => server.app.rooms.get(board.id)?.peers.size === 2, 'both clients in the room');
  const room = server.app.rooms.get(board.id)!;

  // 1. Two relayed updates in one turn: one message.
  const [first, second] = otherReplicaUpdates(['r1', 'r2']);
  relay(room, first!);
  relay(room, second!);
  await waitFor(() => viewer.has('r1') && viewer.has('r2'), 'both relayed updates at the viewer');
  expect(viewer.received).toHaveLength(1);

  // 2. A local client's update and a relayed one in one turn: the others get both in one
  // message; the local sender is not echoed its own update but does get the relayed one.
  const editorConnection = [...room.peers].find((p) => p.role === 'edit')!;
  const local = otherReplicaUpdates(['own'])[0]!;
  const [remote] = otherReplicaUpdates(['r3']);
  room.handle(editorConnection, decodeClientMessage(encodeUpdate(local)), performance.now());
  relay(room, remote!);
  await waitFor(() => viewer.has('own') && viewer.has('r3'), 'the local and the relayed update at the viewer');
  expect(viewer.received).toHaveLength(2);
  await waitFor(() => editor.has('r3'), 'the relayed update at the local sender');
  expect(editor.has('own')).toBe(false);
});
