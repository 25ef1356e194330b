import type { Logger } from 'pino';
import type { Metrics } from '../metrics';
import type { AwarenessUpdate } from '../protocol/messages';
import { decodeClientMessage } from '../protocol/messages';
import type { ClockRange } from '../protocol/updates';
import { inspectUpdate } from '../protocol/updates';
import type { AwarenessTable } from './AwarenessTable';
import type { Fanout } from './Fanout';

/** Presence backlogs published to other nodes go out in messages of about this size. */
const PRESENCE_CHUNK_BYTES = 64 * 1024;

/** What the relay needs from its room. */
export interface RemoteRoom {
  readonly closed: boolean;
  /** A document update another node relayed (decoded, copied, its clock `ranges` read; `message` is its frame). */
  acceptRemoteUpdate(update: Uint8Array, ranges: ClockRange[], message: Uint8Array): void;
  /** The presence table changed: schedule a flush to local peers. */
  presenceChanged(): void;
  /** Another node's presence changed the table: flush to local peers now, with what is pending here. */
  remotePresenceArrived(): void;
  /** Messages from other nodes may have been missed: relay what storage has and the room lacks. */
  catchUpFromStorage(): Promise<void>;
}

/**
 * One room's link to the same board's rooms on other nodes (through the `Fanout`): their
 * document updates and presence come in here, and this node's presence goes out. Presence of
 * another node is owned by one stand-in per node in the room's table, so the same spoof rule
 * holds as between two connections here (an id a local client holds is not adopted from
 * elsewhere, nor the reverse), and it reaches local peers through the room's throttled flush.
 */
export class RemoteNodes {
  /** Stand-in owners of other nodes' presence entries, by node id. */
  private readonly owners = new Map<string, object>();
  private readonly ownerSet = new Set<object>();
  private readonly unsubscribe: () => void;
  private readonly unsubscribeGone: () => void;
  /** Local presence ids sent to local peers and not yet published (see `flushedPresence`). */
  private readonly unpublished = new Set<number>();
  private publishTimer: NodeJS.Timeout | null = null;
  private lastPublish = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly boardId: string,
    private readonly awareness: AwarenessTable,
    private readonly room: RemoteRoom,
    private readonly deps: { fanout: Fanout; metrics: Metrics; log: Logger; config: { awarenessIntervalMs: number } },
  ) {
    this.unsubscribe = deps.fanout.subscribe(
      boardId,
      (message, origin) => this.receive(message, origin),
      () => room.catchUpFromStorage(),
    );
    this.unsubscribeGone = deps.fanout.onNodeGone?.((node) => this.nodeGone(node)) ?? (() => {});
  }

  /** True once presence from another node was taken in (never on one node). */
  get hasRemotePresence(): boolean {
    return this.ownerSet.size > 0;
  }

  /** A batch of document updates this node relayed (framed), for the other nodes. */
  publishDocument(message: Uint8Array): void {
    this.deps.fanout.publish(this.boardId, message);
  }

  /**
   * The presence changes of one flush at `at` (`changed`, encoded for local peers as
   * `pieces`), for the other nodes. They hear only what this node's clients said (they relay
   * their own), at most once per `AWARENESS_INTERVAL_MS`: a flush another node's presence
   * started (`Room.remotePresenceArrived`) is not a publish, or two nodes would flush each
   * other in a loop; what it sent waits for the next publish. When the flush is on this
   * node's own cadence and holds no presence from elsewhere (always on one node), the pieces
   * are published as they are: no second encoding.
   */
  flushedPresence(changed: number[], pieces: { message: Uint8Array | null }[], at: number): void {
    // Timers fire on the loop's millisecond clock, up to 1 ms before `performance.now()` says.
    const due = at - this.lastPublish >= this.deps.config.awarenessIntervalMs - 1;
    if (due && this.ownerSet.size === 0 && this.unpublished.size === 0) {
      for (const { message } of pieces) if (message) this.deps.fanout.publish(this.boardId, message);
      this.lastPublish = at;
      return;
    }
    for (const id of changed) if (this.isLocalPresence(id)) this.unpublished.add(id);
    if (this.unpublished.size === 0) return;
    if (due) this.publishUnpublished(at);
    else this.publishTimer ??= setTimeout(() => {
      this.publishTimer = null;
      this.publishUnpublished(performance.now());
    }, this.lastPublish + this.deps.config.awarenessIntervalMs - at);
  }

  private publishUnpublished(at: number): void {
    const ids = [...this.unpublished];
    this.unpublished.clear();
    this.lastPublish = at;
    for (let rest = ids; rest.length > 0; ) {
      const piece = this.awareness.encodeSome(rest, PRESENCE_CHUNK_BYTES);
      if (piece.message) this.deps.fanout.publish(this.boardId, piece.message);
      rest = rest.slice(piece.taken.length);
    }
  }

  close(): void {
    // What local peers were sent still reaches the other nodes (a last client's tombstone).
    if (this.publishTimer) {
      clearTimeout(this.publishTimer);
      this.publishTimer = null;
      this.publishUnpublished(performance.now());
    }
    this.unsubscribe();
    this.unsubscribeGone();
  }

  /**
   * A node stopped heartbeating (killed, partitioned): its clients' presence is removed here
   * as when a local connection closes (tombstones, sent to local peers), instead of lingering.
   * If it was only silent, its clients' presence returns with their following changes.
   */
  private nodeGone(node: string): void {
    const owner = this.owners.get(node);
    if (!owner) return;
    this.owners.delete(node);
    this.ownerSet.delete(owner);
    if (this.awareness.removePeer(owner)) this.room.presenceChanged();
  }

  /** A message another node published for this board. */
  private receive(message: Uint8Array, origin: string): void {
    if (this.room.closed) return;
    let update: Uint8Array;
    let ranges: ClockRange[];
    try {
      const decoded = decodeClientMessage(message);
      if (decoded.type === 'awareness') {
        this.applyPresence(decoded.update, origin);
        return;
      }
      if (decoded.type !== 'sync-update' && decoded.type !== 'sync-step2') return;
      update = decoded.update.slice();
      ranges = inspectUpdate(update).ranges;
    } catch (err) {
      this.deps.log.warn({ err, boardId: this.boardId }, 'dropped an undecodable message from another node');
      return;
    }
    // Copy: the message is a view into the pub/sub payload, and the room's tail keeps it.
    this.room.acceptRemoteUpdate(update, ranges, message.slice());
  }

  private applyPresence(update: AwarenessUpdate, origin: string): void {
    let owner = this.owners.get(origin);
    if (!owner) {
      this.owners.set(origin, (owner = { node: origin }));
      this.ownerSet.add(owner);
    }
    // The origin node enforced the per-connection limit on its own clients.
    const result = this.awareness.apply(owner, update, Number.POSITIVE_INFINITY);
    for (let i = 0; i < result.spoof; i++) this.deps.metrics.reject('awareness_spoof');
    // Already coalesced by its node (one message per interval): relayed at once, like its
    // document updates, not held for this room's own interval as well.
    if (result.changed) this.room.remotePresenceArrived();
  }

  /** An id this node's clients speak for (or spoke for: tombstones of local peers included). */
  private isLocalPresence(clientId: number): boolean {
    const owner = this.awareness.ownerOf(clientId);
    return owner === null || !this.ownerSet.has(owner);
  }
}
