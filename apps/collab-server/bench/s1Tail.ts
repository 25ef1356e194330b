/**
 * S1's tail, attributed: for each writer update, its last receipt across the load processes,
 * and how long the server's main thread (and the viewer processes) waited for a CPU between
 * the update being sent and that last receipt. If the slowest updates are the ones during
 * which the server was kept off the CPU, the tail is scheduling, not the server's work.
 */
import type { Report } from './loadWorker';
import type { WaitSampler } from './sched';

export interface TailAttribution {
  /** Updates seen by every load process (the rest are cut off by the measuring window). */
  updates: number;
  /** Per-update last receipt (ms after sending): median, and the mean of the slowest 1%. */
  lastP50: number;
  lastSlowest: number;
  /** Server main thread's run-queue wait (ms) within an update's window: median update, slowest 1% (mean). */
  serverWaitP50: number;
  serverWaitSlowest: number;
  /** The same for the viewer process whose receipt was last. */
  viewerWaitP50: number;
  viewerWaitSlowest: number;
}

const medianOf = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[(sorted.length - 1) >> 1]!;
};
const meanOf = (values: number[]) => (values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * `sampler` holds the server's main thread at index 0 and viewer process i at index
 * `viewerIndex + i` (reports in the same order).
 */
export function attributeTail(reports: Report[], sampler: WaitSampler, viewerIndex: number): TailAttribution {
  const bySentAt = new Map<number, { last: number; lastViewer: number; seenBy: number }>();
  reports.forEach((r, viewer) => {
    for (const [sentAt, , last] of r.updates) {
      const u = bySentAt.get(sentAt) ?? { last: -Infinity, lastViewer: viewer, seenBy: 0 };
      u.seenBy++;
      if (last > u.last) {
        u.last = last;
        u.lastViewer = viewer;
      }
      bySentAt.set(sentAt, u);
    }
  });
  const rows = [...bySentAt]
    .filter(([, u]) => u.seenBy === reports.length)
    .map(([sentAt, u]) => ({
      latency: u.last - sentAt,
      serverWait: sampler.waitBetween(0, sentAt, u.last),
      viewerWait: sampler.waitBetween(viewerIndex + u.lastViewer, sentAt, u.last),
    }))
    .sort((a, b) => a.latency - b.latency);
  const slowest = rows.slice(Math.floor(rows.length * 0.99));
  return {
    updates: rows.length,
    lastP50: medianOf(rows.map((r) => r.latency)),
    lastSlowest: meanOf(slowest.map((r) => r.latency)),
    serverWaitP50: medianOf(rows.map((r) => r.serverWait)),
    serverWaitSlowest: meanOf(slowest.map((r) => r.serverWait)),
    viewerWaitP50: medianOf(rows.map((r) => r.viewerWait)),
    viewerWaitSlowest: meanOf(slowest.map((r) => r.viewerWait)),
  };
}
