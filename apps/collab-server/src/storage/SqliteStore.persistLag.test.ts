import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Metrics } from '../metrics';
import { record } from '../../test/storeFixtures';
import type { WriterReply } from './logWriterProtocol';
import { SqliteStore } from './SqliteStore';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The store's link to its log writer thread (private): the test holds the writer's replies back. */
interface WriterLink {
  port: MessagePort;
  onReply(r: WriterReply): void;
}

async function summaryMax(metrics: Metrics, name: string): Promise<number> {
  const text = await metrics.registry.getSingleMetricAsString(name);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{quantile="1"}`));
  return Number(line?.split(' ')[1]);
}

describe('SqliteStore persist lag', () => {
  // stormscape_persist_lag_seconds is "receipt to durable": the update is on disk when the
  // writer's fsync returns. Under S2 the event loop read that reply up to hundreds of ms later
  // (busy with fan-out and presence), and the lag counted that wait too.
  it('ends at the fsync return in the writer thread, not when the event loop reads the acknowledgement', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'stormscape-lag-'));
    dirs.push(dataDir);
    const metrics = new Metrics();
    const store = new SqliteStore(dataDir, pino({ level: 'silent' }), metrics);
    stores.push(store);
    await store.createBoard(record('board-lag'), Uint8Array.of(0, 0));
    const link = store as unknown as WriterLink;

    const receivedAt = performance.now();
    let durable = false;
    store.append('board-lag', Uint8Array.of(1), receivedAt, () => (durable = true));
    await Promise.resolve(); // the append is posted at the end of the current callback

    // Keep this event loop busy until the writer's acknowledgement has arrived, as a loop busy
    // with a fan-out does; other replies (health) are handled as they come.
    const idle = new Int32Array(new SharedArrayBuffer(4));
    const deadline = performance.now() + 30_000;
    let ack: WriterReply | undefined;
    while (!ack && performance.now() < deadline) {
      const m = receiveMessageOnPort(link.port);
      if (!m) Atomics.wait(idle, 0, 0, 2);
      else if ((m.message as WriterReply).kind === 'durable') ack = m.message as WriterReply;
      else link.onReply(m.message as WriterReply);
    }
    expect(ack?.kind).toBe('durable');
    const ackArrived = performance.now();
    // The loop gets to the acknowledgement only later.
    Atomics.wait(idle, 0, 0, 200);
    link.onReply(ack!);

    expect(durable).toBe(true);
    expect(metrics.persistLag.count).toBe(1);
    // The fsync returned before its reply arrived: a lag ending at the fsync is shorter than
    // `ackArrived - receivedAt`; one ending when the loop read the reply is 200 ms longer.
    const lagMs = (await summaryMax(metrics, 'stormscape_persist_lag_seconds')) * 1000;
    expect(lagMs).toBeGreaterThan(0);
    expect(lagMs).toBeLessThanOrEqual(ackArrived - receivedAt);
    // The fsync itself is measured too (the disk's share of the lag).
    const fsyncMs = (await summaryMax(metrics, 'stormscape_wal_fsync_seconds')) * 1000;
    expect(fsyncMs).toBeGreaterThan(0);
    expect(fsyncMs).toBeLessThanOrEqual(lagMs);
  });
});
