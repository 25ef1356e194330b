import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAwareness, encodeSyncStep1, encodeUpdate, MESSAGE_QUERY_AWARENESS } from '../src/protocol/messages';
import type { RunningServer } from './helpers';
import { closed, connect, createBoard, metricsValue, rawSocket, startServer, synced, waitFor } from './helpers';
import type { ServerConfig } from '../src/config';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function server(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const s = await startServer(overrides);
  cleanups.push(() => s.stop());
  return s;
}

describe('limits', () => {
  it('closes a connection that sends a message over the size limit with 1009', async () => {
    const s = await server({ maxMessageBytes: 1024 });
    const board = await createBoard(s.http);
    const ws = await rawSocket(`${s.ws}/${board.id}?token=${board.editToken}`);
    const code = closed(ws);
    ws.send(new Uint8Array(4096));
    expect(await code).toBe(1009);
  });

  it('drops awareness over the rate limit but closes on document traffic over it (4529)', async () => {
    const s = await server({ rateMessagesPerSec: 5, rateMessagesBurst: 20 });
    const board = await createBoard(s.http);
    const presence = await rawSocket(`${s.ws}/${board.id}?token=${board.viewToken}`);
    for (let i = 1; i <= 100; i++) presence.send(encodeAwareness([{ clientId: 1, clock: i, state: `{"n":${i}}` }]));
    await waitFor(() => (s.app.metrics.rejected.get('rate_limit') ?? 0) >= 50, 'awareness dropped');
    expect(presence.readyState).toBe(presence.OPEN);
    const ws = await rawSocket(`${s.ws}/${board.id}?token=${board.editToken}`);
    const code = closed(ws);
    for (let i = 0; i < 100; i++) ws.send(Uint8Array.of(MESSAGE_QUERY_AWARENESS));
    expect(await code).toBe(4529);
    presence.close();
  });

  it('lets one connection speak for a bounded number of presence ids', async () => {
    const s = await server({ maxAwarenessClientsPerConnection: 3 });
    const board = await createBoard(s.http);
    const ws = await rawSocket(`${s.ws}/${board.id}?token=${board.viewToken}`);
    ws.send(encodeAwareness(Array.from({ length: 10 }, (_, i) => ({ clientId: 100 + i, clock: 1, state: '{}' }))));
    await waitFor(() => s.app.metrics.rejected.get('awareness_limit') === 7, 'seven ids refused');
    ws.close();
  });

  it('skips awareness for a slow consumer, then disconnects it instead of buffering', async () => {
    const s = await server({ slowConsumerSoftBytes: 1024, slowConsumerHardBytes: 256 * 1024, awarenessIntervalMs: 5 });
    const board = await createBoard(s.http);
    const slow = await rawSocket(`${s.ws}/${board.id}?token=${board.viewToken}`);
    // Stop reading: the kernel buffers fill, then the server's send buffer grows.
    (slow as unknown as { _socket: { pause: () => void } })._socket.pause();
    const writer = await rawSocket(`${s.ws}/${board.id}?token=${board.editToken}`);
    writer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => writer.send(encodeUpdate(u)));
    const text = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 400 && (s.app.metrics.rejected.get('slow_consumer') ?? 0) === 0; i++) {
      doc.getMap('big').set(`k${i}`, `${i}${text}`);
      writer.send(encodeAwareness([{ clientId: doc.clientID, clock: i + 1, state: `{"i":${i}}` }]));
      await new Promise((r) => setTimeout(r, 10));
    }
    await waitFor(() => s.app.metrics.rejected.get('slow_consumer') === 1, 'slow consumer disconnected');
    expect(s.app.metrics.awarenessSkipped).toBeGreaterThan(0);
    expect(writer.readyState).toBe(writer.OPEN);
    await waitFor(() => s.app.metrics.connections === 1, 'slow connection gone');
    writer.close();
  });

  it('unloads a room after its last client leaves, after persisting, and reloads it intact', async () => {
    const s = await server({ evictAfterMs: 100 });
    const board = await createBoard(s.http);
    const a = connect(s.ws, board.id, board.editToken);
    await synced(a.provider);
    expect(await metricsValue(s.http, 'stormscape_rooms_open')).toBe(1);
    for (let i = 0; i < 20; i++) a.doc.getMap('stickies').set(`s${i}`, new Y.Map([['text', `${i}`]]));
    await waitFor(() => s.app.metrics.updatesIn > 0, 'updates received');
    a.provider.destroy();
    await waitFor(async () => (await metricsValue(s.http, 'stormscape_rooms_open')) === 0, 'room unloaded');
    expect(await metricsValue(s.http, 'stormscape_rooms_evicted_total')).toBe(1);
    // The tail was folded into the snapshot before unloading.
    expect((await s.app.persistence.load(board.id)).updates).toEqual([]);
    const b = connect(s.ws, board.id, board.viewToken);
    cleanups.push(() => b.provider.destroy());
    await synced(b.provider);
    await waitFor(() => b.doc.getMap('stickies').size === 20, 'reloaded content');
  });

  it('keeps a room loaded while someone is connected', async () => {
    const s = await server({ evictAfterMs: 50 });
    const board = await createBoard(s.http);
    const a = connect(s.ws, board.id, board.editToken);
    const b = connect(s.ws, board.id, board.editToken);
    cleanups.push(() => b.provider.destroy());
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.provider.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(s.app.rooms.size).toBe(1);
  });
});
