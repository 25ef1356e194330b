import { afterEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeSyncStep1, encodeUpdate } from '../src/protocol/messages';
import { connect, createBoard, rawSocket, spawnServer, synced, tempDir, waitFor } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/**
 * Streams one small update every ~2 ms over a raw socket; an observer notes, per key, when
 * the server relayed it: a relay proves the server had received that update by then.
 */
function stream(ws: WebSocket, observer: WebSocket) {
  const local = new Y.Doc();
  const echo = new Y.Doc();
  const echoedAt = new Map<string, number>();
  echo.getMap('k').observe((event) => {
    const now = Date.now();
    for (const key of event.keysChanged) if (!echoedAt.has(key)) echoedAt.set(key, now);
  });
  observer.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 0) return;
    const step = decoding.readVarUint(decoder);
    if (step === 1 || step === 2) Y.applyUpdate(echo, decoding.readVarUint8Array(decoder));
  });
  local.on('update', (update: Uint8Array) => {
    if (ws.readyState === ws.OPEN) ws.send(encodeUpdate(update));
  });
  observer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  let i = 0;
  const timer = setInterval(() => local.getMap('k').set(`k${i++}`, i), 2);
  return { echoedAt, stop: () => clearInterval(timer), sent: () => i };
}

async function reopen(dataDir: string, boardId: string, token: string) {
  const server = await spawnServer({ DATA_DIR: dataDir });
  cleanups.push(() => void server.child.kill('SIGKILL'));
  const c = connect(`ws://127.0.0.1:${server.port}/ws`, boardId, token);
  cleanups.push(() => c.provider.destroy());
  await synced(c.provider);
  return { keys: c.doc.getMap('k'), server };
}

/**
 * Each test spawns the server twice (tsx start-up) and streams hundreds of updates: 32 s alone
 * at load 20, past the 60 s default once in a full suite at load ~20. The timeout is a hang
 * guard, not a timing claim.
 */
const SPAWNING_TEST_TIMEOUT_MS = 180_000;

describe('durability', () => {
  it('keeps every update received more than 100 ms before a SIGKILL', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    const first = await spawnServer({ DATA_DIR: data.dir });
    cleanups.push(() => void first.child.kill('SIGKILL'));
    const board = await createBoard(`http://127.0.0.1:${first.port}`);
    const ws = await rawSocket(`ws://127.0.0.1:${first.port}/ws/${board.id}?token=${board.editToken}`);
    const observer = await rawSocket(`ws://127.0.0.1:${first.port}/ws/${board.id}?token=${board.viewToken}`);
    const s = stream(ws, observer);
    await waitFor(() => s.echoedAt.size > 300, 'a few hundred echoed updates');
    // Keep streaming a little so plenty of updates are echoed well before the kill.
    await new Promise((r) => setTimeout(r, 400));
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    s.stop();
    await first.exited;

    const { keys } = await reopen(data.dir, board.id, board.viewToken);
    const mustSurvive = [...s.echoedAt].filter(([, at]) => at < killedAt - 100).map(([key]) => key);
    expect(mustSurvive.length).toBeGreaterThan(100);
    const lost = mustSurvive.filter((key) => !keys.has(key));
    expect(lost).toEqual([]);
  }, SPAWNING_TEST_TIMEOUT_MS);

  it('flushes everything on SIGTERM and exits cleanly', async () => {
    const data = tempDir();
    cleanups.push(data.remove);
    const first = await spawnServer({ DATA_DIR: data.dir });
    cleanups.push(() => void first.child.kill('SIGKILL'));
    const board = await createBoard(`http://127.0.0.1:${first.port}`);
    const ws = await rawSocket(`ws://127.0.0.1:${first.port}/ws/${board.id}?token=${board.editToken}`);
    const observer = await rawSocket(`ws://127.0.0.1:${first.port}/ws/${board.id}?token=${board.viewToken}`);
    const s = stream(ws, observer);
    await waitFor(() => s.echoedAt.size > 200, 'a few hundred echoed updates');
    first.child.kill('SIGTERM');
    const code = await first.exited;
    s.stop();
    expect(code).toBe(0);
    expect(first.output()).toContain('stopped cleanly');

    const { keys } = await reopen(data.dir, board.id, board.editToken);
    const lost = [...s.echoedAt.keys()].filter((key) => !keys.has(key));
    expect(lost).toEqual([]);
  }, SPAWNING_TEST_TIMEOUT_MS);
});
