import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { ServerConfig } from '../src/config';
import { DEFAULT_CONFIG } from '../src/config';
import { encodeAwareness, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS } from '../src/protocol/messages';
import type { RunningServer } from './helpers';
import { connect, createBoard, rawSocket, startServer, synced, waitFor } from './helpers';

// Hostile presence (issue 10, items 1–4): real server, stock y-websocket victims, raw-socket attackers.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const s = await startServer(overrides);
  cleanups.push(() => s.stop());
  return s;
}

type Stock = ReturnType<typeof connect> & { closeCodes: number[] };

function stock(s: RunningServer, boardId: string, token: string, state: Record<string, unknown>): Stock {
  const c = connect(s.ws, boardId, token);
  const closeCodes: number[] = [];
  c.provider.on('connection-close', (event) => closeCodes.push(event?.code ?? -1));
  c.provider.awareness.setLocalState(state);
  cleanups.push(() => c.provider.destroy());
  return { ...c, closeCodes };
}

interface Seen {
  clientId: number;
  clock: number;
  state: string;
}

/** A raw socket that records every awareness entry the server sends it. */
async function attacker(url: string): Promise<{ ws: WebSocket; seen: Seen[]; queries: () => Promise<void> }> {
  // Listen before 'open': the join-time presence can arrive with the upgrade response.
  const ws = new WebSocket(url);
  cleanups.push(() => ws.terminate());
  const opened = new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const seen: Seen[] = [];
  let onAwareness: (() => void) | null = null;
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return;
    const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(inner);
    for (let i = 0; i < count; i++) seen.push({ clientId: decoding.readVarUint(inner), clock: decoding.readVarUint(inner), state: decoding.readVarString(inner) });
    onAwareness?.();
  });
  await opened;
  /** Asks for the table and waits for the answer: everything sent before is processed. */
  const queries = () =>
    new Promise<void>((resolve) => {
      onAwareness = () => {
        onAwareness = null;
        resolve();
      };
      ws.send(Uint8Array.of(MESSAGE_QUERY_AWARENESS));
    });
  return { ws, seen, queries };
}

/**
 * A presence change by `from`, seen by every `to`: everything the server relayed before it
 * (one ordered, coalesced awareness stream per room) has reached them and been handled.
 */
async function barrier(from: Stock, to: Stock[], tag: string): Promise<void> {
  from.provider.awareness.setLocalStateField('barrier', tag);
  await waitFor(() => to.every((c) => (c.provider.awareness.getStates().get(from.doc.clientID) as { barrier?: string } | undefined)?.barrier === tag), `barrier ${tag}`);
}

/** An edit by `from` reaches `to`: both still sync. */
async function editRoundTrip(from: Stock, to: Stock, key: string): Promise<void> {
  from.doc.getMap('stickies').set(key, new Y.Map([['text', key]]));
  await waitFor(() => to.doc.getMap('stickies').has(key), `${key} reaches the other client`, 15_000);
}

describe('hostile presence', () => {
  it('item 1: null states at clock 2^53-1 for everyone do not stop anyone syncing (kill switch)', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const a = stock(s, board.id, board.editToken, { user: 'a' });
    const b = stock(s, board.id, board.editToken, { user: 'b' });
    const observer = stock(s, board.id, board.viewToken, { user: 'observer' });
    await Promise.all([a, b, observer].map((c) => synced(c.provider)));
    await barrier(a, [b, observer], 'ready');
    await barrier(b, [a, observer], 'ready');
    const evil = await attacker(`${s.ws}/${board.id}?token=${board.viewToken}`);
    await waitFor(() => new Set(evil.seen.map((e) => e.clientId)).size >= 3, 'attacker learns the client ids');
    const ids = [...new Set(evil.seen.map((e) => e.clientId))];
    evil.ws.send(encodeAwareness(ids.map((clientId) => ({ clientId, clock: Number.MAX_SAFE_INTEGER, state: 'null' }))));
    await evil.queries();
    // Whatever the server relayed of the attack has reached every victim before this.
    await barrier(observer, [a, b], 'after attack');
    await editRoundTrip(a, b, 'after-attack-from-a');
    await editRoundTrip(b, a, 'after-attack-from-b');
    expect([...a.closeCodes, ...b.closeCodes, ...observer.closeCodes].filter((c) => c >= 4400 && c < 4500)).toEqual([]);
    // Nobody lost their presence either.
    expect((observer.provider.awareness.getStates().get(a.doc.clientID) as { user?: string }).user).toBe('a');
  });

  it('item 2: a connection cannot set or remove another client’s presence (spoofing)', async () => {
    const s = await server();
    const board = await createBoard(s.http);
    const victim = stock(s, board.id, board.editToken, { user: 'victim', cursor: { x: 1, y: 1 } });
    const observer = stock(s, board.id, board.viewToken, { user: 'observer' });
    await Promise.all([victim, observer].map((c) => synced(c.provider)));
    await barrier(victim, [observer], 'ready');
    const evil = await attacker(`${s.ws}/${board.id}?token=${board.viewToken}`);
    const victimId = victim.doc.clientID;
    await waitFor(() => evil.seen.some((e) => e.clientId === victimId), 'attacker sees the victim');
    const clock = Math.max(...evil.seen.filter((e) => e.clientId === victimId).map((e) => e.clock));
    evil.ws.send(encodeAwareness([{ clientId: victimId, clock: clock + 10, state: '{"user":"mallory","cursor":{"x":666,"y":666}}' }]));
    evil.ws.send(encodeAwareness([{ clientId: observer.doc.clientID, clock: 1_000, state: 'null' }]));
    await evil.queries();
    await barrier(victim, [observer], 'after attack');
    expect((observer.provider.awareness.getStates().get(victimId) as { user: string }).user).toBe('victim');
    expect((victim.provider.awareness.getLocalState() as { user: string }).user).toBe('victim');
    expect(victim.provider.awareness.getStates().has(observer.doc.clientID)).toBe(true);
    // The attacker still has its own presence: the refusal is not a disconnect.
    evil.ws.send(encodeAwareness([{ clientId: 424242, clock: 1, state: '{"user":"evil"}' }]));
    await waitFor(() => observer.provider.awareness.getStates().has(424242), 'attacker’s own presence relayed');
    expect(s.app.metrics.rejected.get('awareness_spoof') ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('item 3: removals count against the per-connection cap and tombstones expire', async () => {
    const s = await server({ awarenessTombstoneMs: 300 });
    const board = await createBoard(s.http);
    const observer = stock(s, board.id, board.viewToken, { user: 'observer' });
    const other = stock(s, board.id, board.viewToken, { user: 'other' });
    await Promise.all([observer, other].map((c) => synced(c.provider)));
    const evil = await attacker(`${s.ws}/${board.id}?token=${board.viewToken}`);
    for (let m = 0; m < 10; m++) {
      evil.ws.send(encodeAwareness(Array.from({ length: 1_000 }, (_, i) => ({ clientId: 1_000_000 + m * 1_000 + i, clock: 1, state: 'null' }))));
    }
    // Introduce ids, then remove them and introduce more: churn must not grow the table either.
    for (let round = 0; round < 20; round++) {
      const ids = Array.from({ length: 8 }, (_, i) => 5_000_000 + round * 8 + i);
      evil.ws.send(encodeAwareness(ids.map((clientId) => ({ clientId, clock: 1, state: '{"x":1}' }))));
      evil.ws.send(encodeAwareness(ids.map((clientId) => ({ clientId, clock: 2, state: 'null' }))));
    }
    await evil.queries();
    await barrier(other, [observer], 'after removals');
    const room = s.app.rooms.get(board.id)!;
    // Two honest clients plus at most the attacker's cap of eight ids.
    expect(observer.provider.awareness.meta.size).toBeLessThanOrEqual(2 + DEFAULT_CONFIG.maxAwarenessClientsPerConnection);
    expect(room.awarenessSize).toBeLessThanOrEqual(2 + DEFAULT_CONFIG.maxAwarenessClientsPerConnection);
    evil.ws.close();
    await waitFor(() => room.awarenessSize === 2, 'the attacker’s tombstones expire');
  });

  it('item 4: presence a joiner cannot take is not queued past the slow-consumer bound', async () => {
    const soft = 1024 * 1024;
    const hard = 4 * 1024 * 1024;
    const s = await server({ slowConsumerSoftBytes: soft, slowConsumerHardBytes: hard, maxAwarenessStateBytes: 4 * 1024 * 1024, maxMessageBytes: 4 * 1024 * 1024 });
    const board = await createBoard(s.http);
    const parker = await attacker(`${s.ws}/${board.id}?token=${board.viewToken}`);
    const big = `{"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`;
    // One at a time, so that the parker's own copies never pile up past the bound.
    for (let i = 0; i < 8; i++) {
      parker.ws.send(encodeAwareness([{ clientId: 7_000 + i, clock: 1, state: big }]));
      await waitFor(() => parker.seen.some((e) => e.clientId === 7_000 + i), `state ${i} relayed`);
    }
    // A stock joiner that reads gets every state (in bounded pieces).
    const reader = stock(s, board.id, board.viewToken, { user: 'reader' });
    await synced(reader.provider);
    const parked = () => [...reader.provider.awareness.getStates().keys()].filter((id) => id >= 7_000 && id < 7_008).length;
    await waitFor(() => parked() === 8, 'reader receives all parked states', 30_000);
    // A joiner that never reads: the kernel buffers fill, then the server would queue the rest.
    const stalled = await rawSocket(`${s.ws}/${board.id}?token=${board.viewToken}`);
    cleanups.push(() => stalled.terminate());
    (stalled as unknown as { _socket: { pause: () => void } })._socket.pause();
    const room = s.app.rooms.get(board.id)!;
    await waitFor(() => room.peers.size === 3, 'stalled joiner joined');
    for (const peer of room.peers) expect(peer.bufferedBytes).toBeLessThanOrEqual(hard);
    // The others keep getting presence.
    reader.provider.awareness.setLocalStateField('after', 1);
    await waitFor(() => parker.seen.some((e) => e.clientId === reader.doc.clientID && e.state.includes('"after"')), 'presence still flows');
  });

  it('refuses a presence state over the size cap without relaying it', async () => {
    const s = await server({ maxAwarenessStateBytes: 64 * 1024 });
    const board = await createBoard(s.http);
    const observer = stock(s, board.id, board.viewToken, { user: 'observer' });
    const other = stock(s, board.id, board.viewToken, { user: 'other' });
    await Promise.all([observer, other].map((c) => synced(c.provider)));
    const evil = await attacker(`${s.ws}/${board.id}?token=${board.viewToken}`);
    evil.ws.send(encodeAwareness([{ clientId: 99, clock: 1, state: `{"pad":"${'x'.repeat(3_500_000)}"}` }]));
    await evil.queries();
    await barrier(other, [observer], 'after big state');
    expect(observer.provider.awareness.getStates().has(99)).toBe(false);
    expect(s.app.metrics.rejected.get('awareness_too_big')).toBe(1);
  });
});
