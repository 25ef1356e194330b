import { decodeStateVector } from '../protocol/messages';
import { CloseCode } from './Peer';
import type { Peer } from './Peer';
import { PresenceQueue } from './PresenceQueue';
import type { DeferredPresence } from './PresenceQueue';
import { Room } from './Room';
import type { RoomDeps } from './Room';

/** How long shutdown waits for rooms still loading, whose clients' updates are queued. */
const SHUTDOWN_LOAD_WAIT_MS = 30_000;
/** Flushes at shutdown while clients may still send (each one a round trip on PostgreSQL). */
const SHUTDOWN_FLUSH_ROUNDS = 5;

/**
 * Deferred presence handled per loop turn: at most this long, then the rest waits for the
 * next turn (after its reads and document flush). Above the byte cap everything queued is
 * handled at once, so presence arriving faster than it can be handled never piles up.
 */
const PRESENCE_TURN_BUDGET_MS = 1;
const PRESENCE_QUEUE_CAP_BYTES = 16 * 1024 * 1024;

/** The board was deleted while its room was loading. */
export class BoardGoneError extends Error {
  constructor(boardId: string) {
    super(`board ${boardId} no longer exists`);
  }
}

/** Storage refuses writes (disk full, I/O error): the board cannot take updates now. */
export class StorageFailedError extends Error {
  constructor() {
    super('storage is failing: updates cannot be stored');
  }
}

/**
 * Loads rooms on first join, flushes dirty rooms once per event-loop tick, and unloads a
 * room `evictAfterMs` after its last peer left — only once its updates are durable.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly dirty = new Set<Room>();
  /** Presence messages not handled yet (own changes before echoes, see `PresenceQueue`). */
  private readonly presence = new PresenceQueue();
  /** Rooms with a presence flush to send (or to finish sending). */
  private readonly presenceDue = new Set<Room>();
  private tickScheduled = false;

  constructor(
    /** What every room needs; the manager supplies `markDirty` and `markPresenceDue` itself. */
    private readonly deps: Omit<RoomDeps, 'markDirty' | 'markPresenceDue'>,
  ) {
    deps.persistence.onFailingChange((failing) => {
      if (failing) this.refuseAll();
    });
  }

  get size(): number {
    return this.rooms.size;
  }

  get documentBytes(): number {
    let total = 0;
    for (const room of this.rooms.values()) total += room.documentBytes;
    return total;
  }

  /** The document worker the rooms share (tests and debugging). */
  get docWorker(): RoomDeps['docs'] {
    return this.deps.docs;
  }

  get(boardId: string): Room | undefined {
    return this.rooms.get(boardId);
  }

  /** The board's room once any load in progress finished; undefined when it is not open. */
  async loaded(boardId: string): Promise<Room | undefined> {
    const loading = this.loading.get(boardId);
    if (loading) await loading.catch(() => undefined);
    return this.rooms.get(boardId);
  }

  isLoading(boardId: string): boolean {
    return this.loading.has(boardId);
  }

  /** Adds `peer` to the board's room, loading it first if needed. */
  async join(boardId: string, peer: Peer): Promise<Room> {
    if (this.deps.persistence.failing) throw new StorageFailedError();
    let room: Room;
    try {
      room = this.rooms.get(boardId) ?? (await this.load(boardId));
    } catch (err) {
      // A load that failed because storage did (PostgreSQL unreachable) is a 4507, not a 4500.
      if (this.deps.persistence.failing) throw new StorageFailedError();
      throw err;
    }
    if (this.deps.persistence.failing) throw new StorageFailedError();
    if (room.evictTimer) {
      clearTimeout(room.evictTimer);
      room.evictTimer = null;
    }
    room.join(peer);
    return room;
  }

  leave(room: Room, peer: Peer): void {
    room.leave(peer);
    if (room.peers.size === 0 && !room.closed && this.rooms.get(room.boardId) === room) {
      if (room.evictTimer) clearTimeout(room.evictTimer);
      room.evictTimer = setTimeout(() => void this.evict(room), this.deps.config.evictAfterMs);
    }
  }

  /** Board deleted: disconnect everyone and forget the room without persisting. */
  closeBoard(boardId: string): void {
    const room = this.rooms.get(boardId);
    if (!room) return;
    this.rooms.delete(boardId);
    this.dirty.delete(room);
    this.presenceDue.delete(room);
    room.close(CloseCode.gone, 'board deleted');
    this.deps.metrics.roomsOpen = this.rooms.size;
  }

  /**
   * Shutdown: let rooms still loading finish (their clients' updates wait in the connection
   * queues), relay and store what is pending, make it durable, then close every peer: with
   * 1001 when everything it sent is on disk, with 4507 when storage failed (it reconnects and
   * resends from its own state).
   */
  async closeAll(loadWaitMs = SHUTDOWN_LOAD_WAIT_MS): Promise<void> {
    const loads = [...this.loading.values()];
    if (loads.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, loadWaitMs)));
      await Promise.race([Promise.allSettled(loads), timeout]);
      clearTimeout(timer);
      if (this.loading.size > 0) this.deps.log.error({ boards: [...this.loading.keys()] }, 'rooms still loading at shutdown; their clients are told to resend');
    }
    // One more turn so joins that just completed hand their queued messages to the room.
    await new Promise((resolve) => setImmediate(resolve));
    // The flush is a round trip on PostgreSQL: what clients send meanwhile rides the next one
    // (bounded: a client that never stops sending is told to resend what was not stored).
    for (let round = 0; round < SHUTDOWN_FLUSH_ROUNDS; round++) {
      this.flushDirty();
      await this.deps.persistence.flush();
      if (this.deps.persistence.failing || [...this.rooms.values()].every((room) => room.settled)) break;
    }
    for (const room of this.rooms.values()) {
      if (room.settled) room.close(CloseCode.goingAway, 'server shutting down');
      else room.close(CloseCode.storageFailed, 'server shutting down; your last changes were not stored: reconnect to resend');
    }
    this.rooms.clear();
    this.deps.metrics.roomsOpen = 0;
  }

  private markDirty = (room: Room): void => {
    this.dirty.add(room);
    this.scheduleTick();
  };

  private markPresenceDue = (room: Room): void => {
    this.presenceDue.add(room);
    this.scheduleTick();
  };

  /**
   * Presence messages are handled at the end of the loop turn, after the document flush.
   * Every stock client echoes each presence flush back (N² bytes: 200 clients at 20 Hz send
   * ~4,000 echoes of ~22 KB a second), and decoding and checking them in the poll phase made
   * a document update read in the same turn wait behind all of them (S2 bench). Presence is
   * independent of the document, so the order between the two does not matter. A client's
   * own small change is handled before echoes queued earlier (`PresenceQueue`).
   */
  deferPresence(from: DeferredPresence, data: Buffer): void {
    this.presence.push(from, data);
    this.scheduleTick();
  }

  /**
   * One loop turn of room work, most urgent first: the document updates read this turn, then
   * a slice of each due presence flush, then queued presence messages for about a
   * millisecond. What is left of the last two continues next turn, after that turn's reads
   * and document flush, so a drag never waits behind a whole presence wave.
   */
  private scheduleTick(): void {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    setImmediate(() => {
      this.tickScheduled = false;
      this.flushDirty();
      for (const room of [...this.presenceDue]) {
        if (room.closed || room.flushAwareness()) this.presenceDue.delete(room);
      }
      this.handleDeferredPresence();
      if (this.presenceDue.size > 0 || this.presence.length > 0) this.scheduleTick();
    });
  }

  private handleDeferredPresence(): void {
    this.presence.drain(performance.now() + PRESENCE_TURN_BUDGET_MS, this.presence.bytes > PRESENCE_QUEUE_CAP_BYTES);
  }

  private flushDirty(): void {
    const rooms = [...this.dirty];
    this.dirty.clear();
    for (const room of rooms) {
      // Never relay what cannot be stored: the room closes instead (see `refuseAll`).
      if (this.deps.persistence.failing) {
        this.refuseAll();
        return;
      }
      try {
        room.flush();
      } catch (err) {
        this.deps.log.error({ err, boardId: room.boardId }, 'flush failed');
      }
    }
    // The appends queued above reach the log writer thread at the end of this callback.
  }

  /**
   * Storage failed: every room stops taking updates. Its clients are closed with 4507 and
   * reconnect with backoff (refused the same way until storage works again), then resend what
   * the server lacks from their own state. The rooms are unloaded, so the state vector a
   * reconnecting client sees is what storage holds, never an update that was not stored.
   * Appends already queued stay with the log writer, which keeps retrying them.
   */
  private refuseAll(): void {
    if (this.rooms.size === 0) return;
    this.deps.log.error({ rooms: this.rooms.size }, 'storage failing: closing every room with 4507 until it works again');
    for (const room of this.rooms.values()) {
      this.dirty.delete(room);
      room.close(CloseCode.storageFailed, 'storage failing: changes cannot be stored; reconnect later to resend');
    }
    this.rooms.clear();
    this.deps.metrics.roomsOpen = 0;
  }

  private load(boardId: string): Promise<Room> {
    let loading = this.loading.get(boardId);
    if (!loading) {
      loading = this.loadNow(boardId).finally(() => this.loading.delete(boardId));
      this.loading.set(boardId, loading);
    }
    return loading;
  }

  private async loadNow(boardId: string): Promise<Room> {
    const { persistence, docs, metrics, log } = this.deps;
    const started = performance.now();
    // Asynchronous reads: on PostgreSQL a room load (a reconnect wave after a node died brings
    // many) must not hold every other room's traffic for its round trips.
    const stored = await persistence.load(boardId);
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates.map((u) => u.data)] : stored.updates.map((u) => u.data);
    // Compact on load: one decode in the worker yields a clean base and an exact state vector.
    const result = await docs.compact(parts, { migrate: true });
    const upTo = stored.updates.at(-1)?.id ?? stored.snapshotUpTo;
    if (stored.updates.length > 0 || result.migratedFrom !== null) {
      try {
        persistence.compact(boardId, result.state, upTo);
      } catch (err) {
        // Only an optimisation (one read next time; a migration is redone on the next load);
        // the log rows stay valid. Disk full, say.
        log.warn({ err, boardId }, 'could not store the compacted snapshot at load');
      }
    }
    if (result.migratedFrom !== null) log.info({ boardId, from: result.migratedFrom }, 'room migrated to the current document layout');
    const gone = !(await persistence.getBoard(boardId));
    const existing = this.rooms.get(boardId);
    if (existing) return existing;
    if (gone) throw new BoardGoneError(boardId);
    const room = new Room(boardId, { state: result.state, stateVector: decodeStateVector(result.stateVector), upTo, name: result.name }, { ...this.deps, markDirty: this.markDirty, markPresenceDue: this.markPresenceDue });
    this.rooms.set(boardId, room);
    metrics.roomsLoaded++;
    metrics.roomsOpen = this.rooms.size;
    log.info({ boardId, bytes: result.state.byteLength, logRows: stored.updates.length, ms: Math.round(performance.now() - started) }, 'room loaded');
    return room;
  }

  private async evict(room: Room): Promise<void> {
    room.evictTimer = null;
    const generation = room.generation;
    if (room.peers.size > 0 || room.closed) return;
    room.flush();
    await this.deps.persistence.flush();
    // Fold the tail into the snapshot so the next load is one read; the log is durable already.
    if (room.hasTail) await room.maybeCompact(true);
    if (room.peers.size > 0 || room.generation !== generation || room.closed || !room.settled) {
      if (room.peers.size === 0 && !room.closed) this.leaveLater(room);
      return;
    }
    this.rooms.delete(room.boardId);
    this.dirty.delete(room);
    room.dispose();
    this.deps.metrics.roomsEvicted++;
    this.deps.metrics.roomsOpen = this.rooms.size;
    this.deps.log.info({ boardId: room.boardId }, 'room unloaded');
  }

  private leaveLater(room: Room): void {
    room.evictTimer ??= setTimeout(() => void this.evict(room), this.deps.config.evictAfterMs);
  }
}
