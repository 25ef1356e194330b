import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { Fanout } from './Fanout';

/** Redis pub/sub channel of one board. */
export const boardChannel = (boardId: string) => `stormscape:board:${boardId}`;

/** A second catch-up this long after a reconnect: what was published just before it was maybe not committed yet. */
const SECOND_CATCH_UP_MS = 2_000;

/** How long `close` waits for the Redis connections to end. */
const CLOSE_WAIT_MS = 1_000;

/** Every node says it is alive on this channel, `NODE_TIMEOUT_MS / 4` apart. */
export const HEARTBEAT_CHANNEL = 'stormscape:nodes';

type OnMessage = (message: Uint8Array, origin: string) => void;
interface Listener {
  onMessage: OnMessage;
  catchUp: (() => Promise<void>) | undefined;
}

/**
 * Cross-node fan-out over Redis pub/sub (`REDIS_URL`; one pattern subscription per node). Every batch a room relays (a merged
 * document update, a coalesced presence flush) is published on the board's channel, prefixed
 * with this node's id so the node skips its own; other nodes relay it to their clients.
 *
 * Pub/sub, not streams: relaying is latency-bound and fire-and-forget, and PostgreSQL, not
 * Redis, is the record. A node misses messages only while its subscription is down, so after
 * every reconnect each open room catches up from PostgreSQL instead (`catchUp`: the board's
 * stored document compared with the room's in the document worker; only what the room lacks is
 * relayed), once at once and once 2 s later for updates published just before but committed
 * just after. A stream would
 * keep a backlog only as long as Redis itself lives (a restart empties it), so the catch-up
 * from PostgreSQL is needed either way; pub/sub keeps Redis stateless. Presence missed while
 * disconnected is not caught up: the next flush of each client's presence carries it.
 */
export class RedisFanout implements Fanout {
  private readonly publisher;
  private readonly subscriber;
  private readonly listeners = new Map<string, Set<Listener>>();
  /** When each other node was last heard from (any message, or its heartbeat). */
  private readonly lastHeard = new Map<string, number>();
  private readonly goneListeners = new Set<(nodeId: string) => void>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly nodeTimeoutMs: number;
  private readonly prefix: Buffer;
  private wasDown = false;
  private subscribed = false;
  private closed = false;
  /** Messages not published because Redis was unreachable (their boards catch up later). */
  dropped = 0;

  constructor(
    url: string,
    nodeId: string,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    options: { nodeTimeoutMs?: number } = {},
  ) {
    this.nodeTimeoutMs = options.nodeTimeoutMs ?? 10_000;
    const id = Buffer.from(nodeId);
    this.prefix = Buffer.concat([Buffer.of(id.byteLength), id]);
    const retryStrategy = (retries: number) => Math.min(50 * 2 ** retries, 1_000);
    // ioredis, not node-redis: `publish` writes to the socket before it returns, so a room hands
    // a batch to Redis before its own fan-out (`Room.flush`) instead of one loop turn after it
    // (node-redis writes in a `setImmediate` of its own). No offline queue for publishing: a
    // message that cannot go out now is dropped, not sent late. Both connect at once and retry
    // until Redis answers; the subscriber queues its subscriptions until then.
    // Named, so `CLIENT LIST` on Redis tells which node (and which of its two connections) is which.
    const connectionName = (role: string) => `stormscape:${nodeId.replace(/[^\w.:-]/g, '_')}:${role}`;
    this.publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: null, retryStrategy, connectionName: connectionName('pub') });
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy, connectionName: connectionName('sub') });
    const down = (client: string, reason: string) => {
      if (this.closed) return;
      if (!this.wasDown) log.warn({ reason, client }, 'Redis unreachable: relaying to this node’s clients only');
      if (client === 'subscriber') this.wasDown = true;
    };
    this.publisher.on('error', (err: Error) => down('publisher', err.message));
    this.subscriber.on('error', (err: Error) => down('subscriber', err.message));
    // A server that shuts down cleanly closes the socket without an error.
    this.subscriber.on('close', () => down('subscriber', 'connection closed'));
    this.subscriber.on('ready', () => {
      if (!this.wasDown) return;
      this.wasDown = false;
      // Nothing was heard while disconnected: every other node gets a fresh timeout.
      for (const node of this.lastHeard.keys()) this.lastHeard.set(node, performance.now());
      log.warn('Redis reachable again: catching up from storage');
      this.metrics.catchUpsScheduled += 2;
      void this.catchUpAll();
      setTimeout(() => void this.catchUpAll(), SECOND_CATCH_UP_MS).unref();
    });
    // One pattern subscription for every board, made once (and renewed by ioredis on every
    // reconnect): per-board SUBSCRIBE/UNSUBSCRIBE raced when a room closed and reopened at once
    // (a 4507 wave), leaving the new room deaf. Each node so receives every board's traffic and
    // drops what no room here listens to; per-board channels are later work for large fleets.
    const boardPrefix = boardChannel('');
    this.subscriber.on('pmessageBuffer', (_pattern: Buffer, channel: Buffer, payload: Buffer) => this.deliver(channel.toString().slice(boardPrefix.length), payload));
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) => {
      if (channel.toString() === HEARTBEAT_CHANNEL) this.heard(payload);
    });
    this.subscriber
      .psubscribe(`${boardPrefix}*`)
      .then(() => this.subscriber.subscribe(HEARTBEAT_CHANNEL))
      .then(() => {
        this.subscribed = true;
      })
      .catch((err: unknown) => log.error({ err }, 'Redis subscribe failed: relaying to this node’s clients only'));
    // Heartbeat out, and a sweep for nodes gone quiet (a SIGKILLed node says nothing).
    this.heartbeat = setInterval(() => {
      if (this.publisher.status === 'ready') this.publisher.publish(HEARTBEAT_CHANNEL, this.prefix).catch(() => undefined);
      this.sweep();
    }, Math.max(10, this.nodeTimeoutMs / 4));
    this.heartbeat.unref();
  }

  onNodeGone(onGone: (nodeId: string) => void): () => void {
    this.goneListeners.add(onGone);
    return () => this.goneListeners.delete(onGone);
  }

  /** Nodes not heard from for `nodeTimeoutMs` are gone; only judged while this node hears Redis. */
  private sweep(): void {
    if (!this.isReady()) return;
    const now = performance.now();
    for (const [node, at] of this.lastHeard) {
      if (now - at < this.nodeTimeoutMs) continue;
      this.lastHeard.delete(node);
      this.log.warn({ node, silentMs: Math.round(now - at) }, 'another node stopped heartbeating: removing its presence');
      for (const onGone of this.goneListeners) onGone(node);
    }
  }

  /** Notes that the node whose prefixed id starts `payload` is alive; returns its id (null: this node). */
  private heard(payload: Buffer): string | null {
    const idLength = payload[0] ?? 0;
    if (payload.subarray(0, idLength + 1).equals(this.prefix)) return null;
    const origin = payload.subarray(1, idLength + 1).toString();
    this.lastHeard.set(origin, performance.now());
    return origin;
  }

  /** Connected for publishing and subscribed: from now on, other nodes' messages reach this one. */
  isReady(): boolean {
    return this.subscribed && this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  publish(boardId: string, message: Uint8Array): void {
    if (this.closed) return;
    if (this.publisher.status !== 'ready') {
      this.dropped++;
      return;
    }
    this.publisher.publish(boardChannel(boardId), Buffer.concat([this.prefix, message])).catch(() => this.dropped++);
  }

  subscribe(boardId: string, onMessage: OnMessage, catchUp?: () => Promise<void>): () => void {
    let set = this.listeners.get(boardId);
    if (!set) this.listeners.set(boardId, (set = new Set()));
    const listener: Listener = { onMessage, catchUp };
    set.add(listener);
    return () => {
      const current = this.listeners.get(boardId);
      if (current?.delete(listener) && current.size === 0) this.listeners.delete(boardId);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    // Each socket ends after what was written (a last tombstone published on close goes out);
    // waiting for that, bounded, keeps a process that exits right after from cutting it off.
    const clients = [this.publisher, this.subscriber];
    const ended = clients.map((client) => (client.status === 'end' ? undefined : new Promise<void>((resolve) => client.once('end', () => resolve()))));
    for (const client of clients) client.disconnect();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(ended), new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))]);
    clearTimeout(timer);
  }

  private deliver(boardId: string, payload: Buffer): void {
    // Our own message, echoed back by Redis: our clients already have it.
    const origin = this.heard(payload);
    if (origin === null) return;
    const listeners = this.listeners.get(boardId);
    if (!listeners) return;
    const message = payload.subarray(payload[0]! + 1);
    for (const listener of listeners) listener.onMessage(message, origin);
  }

  /**
   * Every open room compares its document with storage and relays only what it lacks
   * (`catchUp`; rooms load one at a time, as before, the comparisons queue in the document worker).
   */
  private async catchUpAll(): Promise<void> {
    try {
      if (this.closed) return;
      const rounds: Promise<void>[] = [];
      for (const [boardId, listeners] of this.listeners) {
        for (const { catchUp } of listeners) {
          if (catchUp) rounds.push(catchUp().catch((err: unknown) => this.log.warn({ err, boardId }, 'catch-up from storage failed')));
        }
      }
      await Promise.all(rounds);
      this.metrics.catchUpRounds++;
    } finally {
      this.metrics.catchUpsScheduled--;
    }
  }
}
