import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { ServerConfig } from '../config';
import type { Metrics, RejectReason } from '../metrics';
import { decodeClientMessage, MESSAGE_AWARENESS, MESSAGE_SYNC, ProtocolError, SYNC_STEP1 } from '../protocol/messages';
import { CloseCode } from './Peer';
import type { Peer, Role } from './Peer';
import type { Room } from './Room';
import { DirectWriter } from './directWrite';
import { framedOnce, MAX_PREFRAMED_BYTES } from './frames';
import { BoardGoneError, StorageFailedError } from './RoomManager';
import type { DeferredPresence } from './PresenceQueue';
import type { RoomManager } from './RoomManager';

export interface ConnectionDeps {
  config: ServerConfig;
  metrics: Metrics;
  log: Logger;
  rooms: RoomManager;
}

/** Binary, never compressed (the server disables permessage-deflate anyway). */
const SEND_OPTIONS = { binary: true, compress: false } as const;

/** Bucket of tokens refilled continuously; `take` fails instead of going negative. */
class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }

  take(amount: number, now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

/**
 * One WebSocket client of one board: rate limits, strict decoding, backpressure. Any bad
 * message closes only this connection; nothing it sent before the bad message is lost.
 */
export class Connection implements Peer, DeferredPresence {
  /** Set by the keepalive sweep; a connection that misses a pong is terminated. */
  alive = true;
  private room: Room | null = null;
  private queue: { data: Buffer; at: number }[] = [];
  private closed = false;
  private left = false;
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly writer: DirectWriter;

  constructor(
    private readonly ws: WebSocket,
    /** The socket `ws` runs on: pre-framed messages are written to it directly (see `frames.ts`, `directWrite.ts`). */
    socket: Duplex,
    readonly boardId: string,
    readonly role: Role,
    private readonly deps: ConnectionDeps,
  ) {
    const { config } = deps;
    this.messages = new TokenBucket(config.rateMessagesPerSec, config.rateMessagesBurst);
    this.bytes = new TokenBucket(config.rateBytesPerSec, config.rateBytesBurst);
    this.writer = new DirectWriter(socket);
    deps.metrics.connections++;
    ws.on('message', (data: Buffer, isBinary: boolean) => this.onMessage(data, isBinary));
    ws.on('close', (code: number) => {
      deps.log.debug({ boardId, role, code }, 'socket closed');
      this.cleanup();
    });
    ws.on('pong', () => (this.alive = true));
    ws.on('error', (err: Error & { code?: string }) => {
      // `ws` closes the socket itself (1009 too big, 1002 bad framing); just count why.
      this.reject(err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'too_big' : 'malformed');
      deps.log.debug({ boardId, err: err.message }, 'websocket error');
    });
    deps.rooms.join(boardId, this).then(
      (room) => {
        if (this.closed) {
          deps.rooms.leave(room, this);
          return;
        }
        this.room = room;
        const queued = this.queue;
        this.queue = [];
        for (const q of queued) if (!this.closed) this.process(q.data, q.at);
      },
      (err: unknown) => {
        if (err instanceof BoardGoneError) this.close(CloseCode.notFound, 'board not found');
        else if (err instanceof StorageFailedError) this.close(CloseCode.storageFailed, 'storage failing: changes cannot be stored; reconnect later');
        else {
          deps.log.error({ err, boardId }, 'room load failed');
          this.close(CloseCode.serverError, 'could not load board');
        }
      },
    );
  }

  /** Bytes held for this client that the kernel has not taken yet (`ws`'s and direct writes'). */
  get bufferedBytes(): number {
    return this.ws.bufferedAmount + this.writer.pendingBytes;
  }

  /** Document updates (sync step 2 or update) received while the room was loading, not handled yet. */
  get queuedDocumentMessages(): number {
    return this.queue.filter((q) => q.data[0] === MESSAGE_SYNC && q.data[1] !== SYNC_STEP1).length;
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.bufferedBytes > this.deps.config.slowConsumerHardBytes) {
      this.closeSlow();
      return;
    }
    this.write(message);
    this.deps.metrics.bytesOut += message.byteLength;
  }

  sendAwareness(message: Uint8Array): boolean {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return false;
    const buffered = this.bufferedBytes;
    // Counting the message itself: presence never takes a consumer past the soft bound
    // (except one message when nothing is buffered, so that each piece can go eventually).
    if (buffered > 0 && buffered + message.byteLength > this.deps.config.slowConsumerSoftBytes) {
      this.deps.metrics.awarenessSkipped++;
      if (buffered > this.deps.config.slowConsumerHardBytes) this.closeSlow();
      return false;
    }
    this.write(message);
    this.deps.metrics.awarenessOut++;
    this.deps.metrics.bytesOut += message.byteLength;
    return true;
  }

  /**
   * One binary message. Messages a room sends to many peers are framed once and that frame is
   * written to each socket (`directWrite.ts`: below the stream layer when nothing is queued);
   * this is the same byte stream `ws.send` would write, in the same order as `ws`'s own writes
   * (pings, the close frame): permessage-deflate is off, so `ws` never holds a frame back in a
   * queue of its own, and `bufferedBytes` counts all of them.
   */
  private write(message: Uint8Array): void {
    if (message.byteLength > MAX_PREFRAMED_BYTES) this.ws.send(message, SEND_OPTIONS);
    else this.writer.write(framedOnce(message));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
    this.cleanup();
  }

  /** Keepalive: terminate if the last ping went unanswered, else ping again. */
  ping(): void {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    const at = performance.now();
    this.deps.metrics.bytesIn += data.byteLength;
    if (!isBinary) {
      this.malformed('text frames are not part of the protocol');
      return;
    }
    if (!this.messages.take(1, at) || !this.bytes.take(data.byteLength, at)) {
      this.reject('rate_limit');
      // Presence is lossy by design: drop it. Dropping a document update would lose data, so close.
      if (data[0] !== MESSAGE_AWARENESS) this.close(CloseCode.rateLimited, 'rate limit exceeded');
      return;
    }
    if (this.room === null) this.queue.push({ data, at });
    else this.process(data, at);
  }

  /** Presence (awareness) deferred by the room manager; dropped once this connection is closed. */
  handlePresence(data: Buffer): void {
    if (!this.closed) this.process(data, performance.now(), true);
  }

  private process(data: Buffer, at: number, deferred = false): void {
    if (!deferred && data[0] === MESSAGE_AWARENESS) {
      this.deps.rooms.deferPresence(this, data);
      return;
    }
    const room = this.room!;
    try {
      const message = decodeClientMessage(data);
      if (message.type === 'awareness') this.deps.metrics.awarenessIn++;
      room.handle(this, message, at);
    } catch (err) {
      if (err instanceof ProtocolError) this.malformed(err.message);
      else {
        this.deps.log.error({ err, boardId: this.boardId }, 'message handling failed');
        this.close(CloseCode.serverError, 'server error');
      }
    }
  }

  private malformed(why: string): void {
    this.reject('malformed');
    this.deps.log.debug({ boardId: this.boardId, why }, 'malformed message');
    this.close(CloseCode.malformed, 'malformed message');
  }

  private closeSlow(): void {
    this.reject('slow_consumer');
    this.close(CloseCode.slowConsumer, 'slow consumer: reconnect to resync');
    // The close frame waits behind the backlog; do not let that backlog live on.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  private reject(reason: RejectReason): void {
    this.deps.metrics.reject(reason);
  }

  private cleanup(): void {
    this.closed = true;
    if (this.left) return;
    this.left = true;
    this.queue = [];
    this.deps.metrics.connections--;
    if (this.room) this.deps.rooms.leave(this.room, this);
  }
}
