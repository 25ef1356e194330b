/** A connection whose presence (awareness) messages wait for the end of the loop turn. */
export interface DeferredPresence {
  handlePresence(data: Buffer): void;
}

/**
 * Presence messages up to this size take the urgent lane. A stock client's own change is one
 * entry (~150–300 bytes for a cursor); its echoes of what the server sent carry every entry the
 * server flushed (~48 KB at 400 clients), are stale and change nothing.
 */
export const URGENT_PRESENCE_BYTES = 4 * 1024;

/** One FIFO lane, oldest first from `head` on (no shift per message). */
class Lane {
  private items: { from: DeferredPresence; data: Buffer }[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(from: DeferredPresence, data: Buffer): void {
    this.items.push({ from, data });
  }

  take(): { from: DeferredPresence; data: Buffer } {
    const item = this.items[this.head]!;
    this.items[this.head++] = undefined!;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/**
 * Presence messages waiting to be decoded and applied, in two lanes: small ones (a client's own
 * change) before large ones (echoes). Every stock client echoes each presence flush back, so
 * with one FIFO a fresh cursor waited behind every echo queued before it. Bench S2 on two nodes
 * (2026-12-05 07:18–07:32, 400 clients, per-hop timestamps in both nodes, one queue vs two
 * lanes alternated, quiet box): socket read → applied p99 25–77 ms (median 33) with one queue,
 * 14–19 ms with two lanes; cursor p99 at the clients 136–198 ms (median 183, 5 runs) vs 138
 * and 150 ms. In a pair run while other builds started: applied p99 516–750 vs 31–33 ms.
 * Order is kept within a lane; across lanes it may change, also for one connection, which the
 * presence table does not depend on: an entry's clock decides (a newer one wins, a removal
 * wins at the same clock), not the order of arrival.
 */
export class PresenceQueue {
  private readonly urgent = new Lane();
  private readonly bulk = new Lane();
  /** Bytes queued in both lanes. */
  bytes = 0;

  get length(): number {
    return this.urgent.length + this.bulk.length;
  }

  push(from: DeferredPresence, data: Buffer): void {
    (data.byteLength <= URGENT_PRESENCE_BYTES ? this.urgent : this.bulk).push(from, data);
    this.bytes += data.byteLength;
  }

  /**
   * Hands queued messages to their connections, urgent lane first, until `now()` passes `until`
   * (checked every 8 messages); everything when `all`.
   */
  drain(until: number, all: boolean, now: () => number = () => performance.now()): void {
    let handled = 0;
    while (this.length > 0) {
      const { from, data } = (this.urgent.length > 0 ? this.urgent : this.bulk).take();
      this.bytes -= data.byteLength;
      from.handlePresence(data);
      if (!all && (++handled & 7) === 0 && now() >= until) return;
    }
  }
}
