import { afterEach, describe, expect, it } from 'vitest';
import { connect, createBoard, startServer, synced, waitFor } from './helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

describe('compaction under sustained writes', () => {
  // Compaction replaces the snapshot on the event loop's connection while the log writer
  // thread commits appends on its own: the two must take turns, never fail with SQLITE_BUSY.
  it('compacts again and again while the log writer commits, without a single failure', async () => {
    const server = await startServer({ compactAfterUpdates: 20, compactAfterBytes: 64 * 1024 * 1024 });
    cleanups.push(server.stop);
    const board = await createBoard(server.http);
    const writers = Array.from({ length: 4 }, () => connect(server.ws, board.id, board.editToken));
    for (const w of writers) cleanups.push(() => w.provider.destroy());
    await Promise.all(writers.map((w) => synced(w.provider)));
    // A large document makes each snapshot write (and so the window for a collision) longer.
    writers[0]!.doc.getMap('bulk').set('text', 'x'.repeat(2 * 1024 * 1024));

    // Every writer edits on every timer tick: hundreds of updates a second, sustained.
    let edits = 0;
    const timer = setInterval(() => {
      for (const [n, w] of writers.entries()) w.doc.getMap('k').set(`w${n}-${edits}`, `${edits}`.padEnd(512, '.'));
      edits++;
    }, 1);
    cleanups.push(() => clearInterval(timer));
    await waitFor(() => server.app.metrics.compactions >= 40 || server.app.metrics.compactionFailures > 0, '40 compactions', 60_000);
    clearInterval(timer);

    expect(server.app.metrics.compactionFailures).toBe(0);
    // Every edit made it into the room: a fresh client sees each writer's last key.
    const reader = connect(server.ws, board.id, board.viewToken);
    cleanups.push(() => reader.provider.destroy());
    await synced(reader.provider);
    const last = edits - 1;
    await waitFor(() => writers.every((_, n) => reader.doc.getMap('k').has(`w${n}-${last}`)), 'every edit at a fresh client');
  });
});
