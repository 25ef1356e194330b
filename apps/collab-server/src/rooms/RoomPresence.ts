import type { ServerConfig } from '../config';
import type { Metrics } from '../metrics';
import type { AwarenessUpdate } from '../protocol/messages';
import { AwarenessTable } from './AwarenessTable';
import type { Peer } from './Peer';

/** Presence backlogs (join-time tables, resyncs) go out in messages of about this size. */
const PRESENCE_CHUNK_BYTES = 64 * 1024;

/**
 * One presence flush goes out in slices of at most this many sends or bytes per loop turn,
 * with the turn's document updates flushed before each slice: 200 peers × 22 KB of cursors
 * took ~5 ms in one go (S2 profile), and a drag update read meanwhile waited for all of it.
 */
const PRESENCE_SENDS_PER_TURN = 64;
/** This room's own presence interval, in intervals, while other nodes' arrivals pace its flushes. */
const REMOTE_PACED_INTERVALS = 1.5;
const PRESENCE_BYTES_PER_TURN = 512 * 1024;

/** A presence flush in progress: the same pieces for every peer, sent a slice per turn. */
interface FlushInProgress {
  pieces: { message: Uint8Array | null; taken: number[] }[];
  changed: number[];
  peers: Peer[];
  next: number;
}

/** What a room's presence needs from its room. */
export interface PresenceDeps {
  config: Pick<ServerConfig, 'awarenessIntervalMs' | 'maxAwarenessClientsPerConnection' | 'maxAwarenessStateBytes' | 'awarenessTombstoneMs'>;
  metrics: Metrics;
  /** The room's peers, as they are now. */
  peers: ReadonlySet<Peer>;
  /** Asks the room manager for a `flush` after the turn's document flush. */
  markDue: () => void;
  /** The changes of one flush at `at` (`changed`, encoded for local peers as `pieces`), for the other nodes. */
  flushed: (changed: number[], pieces: { message: Uint8Array | null }[], at: number) => void;
}

/**
 * A room's presence (awareness): the table of every client's entry, and its throttled flushes
 * to the room's peers — one message an interval, sliced across loop turns, a backlog per peer
 * that joined or skipped a message while slow, tombstones expired on a timer.
 */
export class RoomPresence {
  readonly table: AwarenessTable;
  /** Presence ids still to send to a peer (join-time table, or a resync after skipped messages). */
  private readonly backlog = new Map<Peer, Set<number>>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: FlushInProgress | null = null;
  private tombstoneTimer: NodeJS.Timeout | null = null;
  private lastFlush = 0;
  /** Another node's presence arrived: flush at the next turn (see `remoteArrived`). */
  private remoteDue = false;
  private lastRemote = Number.NEGATIVE_INFINITY;
  private closed = false;

  constructor(private readonly deps: PresenceDeps) {
    const { maxAwarenessClientsPerConnection, maxAwarenessStateBytes, awarenessTombstoneMs } = deps.config;
    this.table = new AwarenessTable({ maxClientsPerPeer: maxAwarenessClientsPerConnection, maxStateBytes: maxAwarenessStateBytes, tombstoneMs: awarenessTombstoneMs });
  }

  /** A peer joined: it gets the whole table, as far as its buffer allows. */
  join(peer: Peer): void {
    this.queue(peer, this.table.liveIds());
  }

  /** A peer left: its entries go (as tombstones), and their removal is flushed. */
  leave(peer: Peer): void {
    this.backlog.delete(peer);
    if (this.table.removePeer(peer)) this.schedule();
    this.scheduleTombstoneExpiry();
  }

  /** A peer's presence message; true when it changed the table. Hostile entries are counted and dropped. */
  apply(peer: Peer, update: AwarenessUpdate): boolean {
    const result = this.table.apply(peer, update);
    const { metrics } = this.deps;
    for (let i = 0; i < result.limit; i++) metrics.reject('awareness_limit');
    for (let i = 0; i < result.spoof; i++) metrics.reject('awareness_spoof');
    for (let i = 0; i < result.tooBig; i++) metrics.reject('awareness_too_big');
    for (let i = 0; i < result.clock; i++) metrics.reject('awareness_clock');
    if (result.changed) this.schedule();
    return result.changed;
  }

  /** A peer asked for everyone's presence. */
  query(peer: Peer): void {
    this.queue(peer, this.table.liveIds());
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.tombstoneTimer) clearTimeout(this.tombstoneTimer);
    this.timer = null;
    this.tombstoneTimer = null;
    this.flushing = null;
  }

  private schedule(): void {
    if (this.timer || this.flushing || this.closed) return;
    const interval = this.deps.config.awarenessIntervalMs;
    const now = performance.now();
    // While other nodes' presence flows (about once an interval each), their arrivals pace the
    // flushes and this timer is the fallback: at exactly one interval it would fire just before
    // the next arrival as often as not, two messages an interval again.
    const paced = now - this.lastRemote < 2 * interval;
    const wait = Math.max(0, this.lastFlush + (paced ? REMOTE_PACED_INTERVALS : 1) * interval - now);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.closed) this.deps.markDue();
    }, wait);
  }

  /**
   * The presence changes of one interval, to every peer, in pieces of ~64 KiB (usually one).
   * A peer with a backlog (it joined, or skipped a piece while slow) gets the changed ids added
   * to it instead, and the backlog follows in pieces as its buffer drains. Called by the room
   * manager after the turn's document flush; sends one slice of peers per call and returns
   * false while peers are left (the manager calls again next turn, documents first again).
   */
  flush(): boolean {
    if (this.closed) return true;
    let fanout = this.flushing;
    if (!fanout) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
      this.remoteDue = false;
      this.lastFlush = performance.now();
      const changed = this.table.takeDirty();
      const pieces: FlushInProgress['pieces'] = [];
      for (let rest = changed; rest.length > 0; ) {
        const piece = this.table.encodeSome(rest, PRESENCE_CHUNK_BYTES);
        pieces.push(piece);
        rest = rest.slice(piece.taken.length);
      }
      this.deps.flushed(changed, pieces, this.lastFlush);
      this.flushing = fanout = { pieces, changed, peers: [...this.deps.peers], next: 0 };
    }
    const { pieces, changed, peers } = fanout;
    let sends = 0;
    let bytes = 0;
    while (fanout.next < peers.length && sends < PRESENCE_SENDS_PER_TURN && bytes < PRESENCE_BYTES_PER_TURN) {
      const peer = peers[fanout.next++]!;
      // Left meanwhile; one that joined meanwhile was sent the whole table when it joined.
      if (!this.deps.peers.has(peer)) continue;
      let backlog = this.backlog.get(peer);
      if (backlog) {
        for (const id of changed) backlog.add(id);
        this.sendBacklog(peer, backlog);
        sends++;
        continue;
      }
      for (let i = 0; i < pieces.length; i++) {
        const { message } = pieces[i]!;
        if (!message) continue;
        sends++;
        bytes += message.byteLength;
        if (peer.sendAwareness(message)) continue;
        // Skipped: what it missed follows once it drains.
        this.backlog.set(peer, (backlog = new Set(pieces.slice(i).flatMap((p) => p.taken))));
        break;
      }
    }
    if (fanout.next < peers.length) return false;
    this.flushing = null;
    // Relayed presence that came in during this fanout: flushed next turn, not after an interval.
    if (this.remoteDue) return false;
    if (this.backlog.size > 0 || this.table.hasDirty) this.schedule();
    return true;
  }

  /** Sends `ids` to `peer` now as far as its buffer allows; the rest follows with later flushes. */
  private queue(peer: Peer, ids: number[]): void {
    let backlog = this.backlog.get(peer);
    if (!backlog) this.backlog.set(peer, (backlog = new Set()));
    for (const id of ids) backlog.add(id);
    this.sendBacklog(peer, backlog);
    if (this.backlog.has(peer)) this.schedule();
  }

  private sendBacklog(peer: Peer, backlog: Set<number>): void {
    while (backlog.size > 0) {
      const { message, taken } = this.table.encodeSome(backlog, PRESENCE_CHUNK_BYTES);
      if (message && !peer.sendAwareness(message)) return;
      for (const id of taken) backlog.delete(id);
    }
    this.backlog.delete(peer);
  }

  private scheduleTombstoneExpiry(): void {
    if (this.tombstoneTimer || this.closed) return;
    const next = this.table.expireTombstones();
    if (next === null) return;
    this.tombstoneTimer = setTimeout(
      () => {
        this.tombstoneTimer = null;
        this.scheduleTombstoneExpiry();
      },
      Math.max(0, next - performance.now()) + 1,
    );
    this.tombstoneTimer.unref();
  }

  /**
   * Presence another node relayed is sent to local peers when it arrives: its node coalesced
   * it over its own interval already, and holding it for this room's interval too added a
   * second throttle hop (up to `AWARENESS_INTERVAL_MS` more) to every cross-node cursor. It
   * goes out as a flush of everything pending here, next turn through the room manager
   * (documents first, sends sliced as any flush), and restarts this room's interval: sent as
   * a message of its own beside the interval flush, it doubled the presence messages each
   * peer got and echoed back (S2 on 2 nodes). Publishing to the other nodes keeps its own
   * cadence (`RemoteNodes`), so two nodes never flush each other in a loop.
   */
  remoteArrived(): void {
    if (this.closed) return;
    this.remoteDue = true;
    this.lastRemote = performance.now();
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.deps.markDue();
  }

  /** The table changed other than through a local peer's message (another node's entries went): flush it, expire what it left. */
  changed(): void {
    this.schedule();
    this.scheduleTombstoneExpiry();
  }
}
