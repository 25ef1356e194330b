import * as Y from 'yjs';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config';
import type { DocWorker } from '../docs/DocWorker';
import type { Metrics } from '../metrics';
import type { ClientMessage } from '../protocol/messages';
import { decodeStateVector, encodeStateVector, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../protocol/messages';
import type { ClockRange } from '../protocol/updates';
import { extendStateVector, inspectUpdate } from '../protocol/updates';
import { Attribution } from '../history/Attribution';
import { MAX_PREFRAMED_BYTES } from './frames';
import type { Persistence } from '../storage/Persistence';
import type { Fanout } from './Fanout';
import type { Peer } from './Peer';
import { RemoteNodes } from './RemoteNodes';
import { RoomPresence } from './RoomPresence';
import type { RemoteRoom } from './RemoteNodes';
import { SyncRequestGate } from './SyncRequestGate';

export interface RoomDeps {
  config: ServerConfig;
  metrics: Metrics;
  log: Logger;
  persistence: Persistence;
  docs: DocWorker;
  fanout: Fanout;
  /** Called when the room has updates to flush this tick. */
  markDirty: (room: Room) => void;
  /** Called when the room has presence to send: the manager calls `flushAwareness` after the documents. */
  markPresenceDue: (room: Room) => void;
}

interface TailEntry {
  update: Uint8Array;
  /** `update` already framed as a y-websocket update message (reused for every send). */
  message: Uint8Array;
  /** Log row id once durable; null while the commit is pending. */
  rowId: number | null;
}

/** Below this size a sync diff is computed inline; above, in the document worker. */
const INLINE_DIFF_BYTES = 64 * 1024;

/** With this many diffs already waiting for the worker, a step 1 is answered with the whole state instead. */
const MAX_QUEUED_DIFFS = 8;

/** Sync step 1 answers per connection: sustained rate and burst (see SyncRequestGate). */
const SYNC_REQUESTS_PER_SEC = 1;
const SYNC_REQUESTS_BURST = 4;

/**
 * One board's room. The document is held as encoded Yjs updates (a compacted `base` plus
 * the `tail` received since), never as a Y.Doc: the server only validates, stores and relays,
 * which keeps an open 2,000-sticky board at a few hundred KB and no decode on the hot path.
 */
export class Room implements RemoteRoom {
  readonly peers = new Set<Peer>();
  private base: Uint8Array;
  private baseMessage: Uint8Array | null = null;
  /** Large-board diffs in flight for the current base, by encoded state vector. */
  private diffs = new Map<string, Promise<Uint8Array>>();
  private baseUpTo: number;
  private tail: TailEntry[] = [];
  private tailBytes = 0;
  private readonly sv: Map<number, number>;
  private svMessage: Uint8Array | null = null;
  private pending: Uint8Array[] = [];
  private pendingRanges: ClockRange[] = [];
  private pendingSince = 0;
  private readonly pendingFrom = new Set<Peer>();
  /** Document updates other nodes relayed this turn, sent with the turn's flush (see `acceptRemoteUpdate`). */
  private remotePending: { update: Uint8Array; message: Uint8Array }[] = [];
  private readonly presence: RoomPresence;
  private readonly syncGates = new Map<Peer, SyncRequestGate<Map<number, number>>>();
  private compacting: Promise<void> | null = null;
  private name: string | null;
  private readonly remote: RemoteNodes;
  closed = false;
  /** Bumped whenever a peer joins; eviction aborts if it changed while persisting. */
  generation = 0;
  evictTimer: NodeJS.Timeout | null = null;

  /** Board history: who is behind the client ids written here. */
  private readonly attribution: Attribution;

  constructor(
    readonly boardId: string,
    loaded: { state: Uint8Array; stateVector: Map<number, number>; upTo: number; name: string | null },
    private readonly deps: RoomDeps,
  ) {
    this.base = loaded.state;
    this.sv = loaded.stateVector;
    this.baseUpTo = loaded.upTo;
    this.name = loaded.name;
    this.attribution = new Attribution(boardId, deps.persistence, deps.log);
    this.presence = new RoomPresence({
      config: deps.config,
      metrics: deps.metrics,
      peers: this.peers,
      markDue: () => deps.markPresenceDue(this),
      flushed: (changed, pieces, at) => this.remote.flushedPresence(changed, pieces, at),
    });
    this.remote = new RemoteNodes(boardId, this.presence.table, this, deps);
  }

  /** Memory held for the document (bytes), for metrics and the benchmark. */
  get documentBytes(): number {
    return this.base.byteLength + this.tailBytes;
  }

  /** Presence entries held (tombstones included), for tests and debugging. */
  get awarenessSize(): number {
    return this.presence.table.size;
  }

  join(peer: Peer): void {
    this.generation++;
    this.peers.add(peer);
    peer.send((this.svMessage ??= encodeSyncStep1(encodeStateVector(this.sv))));
    this.presence.join(peer);
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.syncGates.get(peer)?.close();
    this.syncGates.delete(peer);
    this.attribution.left(peer);
    this.presence.leave(peer);
  }

  /** Handles a decoded message. Throws ProtocolError for bad content (caller closes 4400). */
  handle(peer: Peer, message: ClientMessage, receivedAt: number): void {
    switch (message.type) {
      case 'sync-step1': {
        let gate = this.syncGates.get(peer);
        if (!gate) this.syncGates.set(peer, (gate = new SyncRequestGate(SYNC_REQUESTS_PER_SEC, SYNC_REQUESTS_BURST, (sv, done) => this.sendState(peer, sv, done))));
        gate.request(message.stateVector);
        return;
      }
      case 'sync-step2':
      case 'sync-update': {
        if (peer.role !== 'edit') {
          this.deps.metrics.reject('read_only');
          return;
        }
        const info = inspectUpdate(message.update);
        if (info.empty) return;
        if (this.pending.length === 0) {
          this.pendingSince = receivedAt;
          this.deps.markDirty(this);
        }
        // Copy: the message buffer may be a slice of a larger pooled allocation.
        this.pending.push(message.update.slice());
        this.pendingFrom.add(peer);
        for (const r of info.ranges) this.pendingRanges.push(r);
        this.attribution.wrote(peer, info.ranges.map((r) => r.client), () => this.presence.table.nameOf(peer));
        this.deps.metrics.updatesIn++;
        return;
      }
      case 'awareness':
        if (this.presence.apply(peer, message.update)) this.attribution.named(peer, () => this.presence.table.nameOf(peer));
        return;
      case 'query-awareness':
        this.presence.query(peer);
        return;
    }
  }

  /** Relays, logs and indexes the updates received this tick, as one merged update. */
  flush(): void {
    if (this.closed) return;
    const remote = this.remotePending;
    this.remotePending = [];
    if (this.pending.length === 0) {
      if (remote.length > 0) this.relay(null, remote, undefined);
      return;
    }
    const updates = this.pending;
    this.pending = [];
    let update: Uint8Array;
    try {
      update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    } catch (err) {
      // Every part passed validation; if Yjs still cannot merge them, relay them one by one.
      this.deps.log.warn({ err, boardId: this.boardId, updates: updates.length }, 'merge failed; relaying separately');
      const rest = updates.slice(1);
      update = updates[0]!;
      this.pending = rest;
      if (rest.length > 0) this.deps.markDirty(this);
    }
    if (this.pending.length === 0) {
      extendStateVector(this.sv, this.pendingRanges);
      this.pendingRanges = [];
    }
    this.svMessage = null;
    const entry: TailEntry = { update, message: encodeUpdate(update), rowId: null };
    this.tail.push(entry);
    this.tailBytes += update.byteLength;
    this.deps.persistence.append(this.boardId, update, this.pendingSince, (rowId) => {
      entry.rowId = rowId;
      this.maybeCompact(false);
    });
    // A single sender already has its own update: no echo. Mixed batches go to everyone.
    const origin = this.pendingFrom.size === 1 ? this.pendingFrom.values().next().value : undefined;
    if (this.pending.length === 0) this.pendingFrom.clear();
    // Other nodes first: the publish is written before the local fan-out, so their clients do not
    // wait for this node's sends (on separate machines they fan out in parallel with it).
    this.remote.publishDocument(entry.message);
    this.relay(entry, remote, origin);
  }

  /**
   * One message per peer for the turn: this node's merged update (`own`, not echoed to its single
   * sender `origin`) together with what other nodes relayed during the turn (`remote`). Relayed
   * one Redis message at a time, those were half of each node's document sends under S2 on two
   * nodes (profile, 2026-12-05). Large parts are not merged on the loop: sent as they are.
   */
  private relay(own: { update: Uint8Array; message: Uint8Array } | null, remote: { update: Uint8Array; message: Uint8Array }[], origin: Peer | undefined): void {
    const everyone = this.mergedMessages(own ? [own, ...remote] : remote);
    const originGets = origin && remote.length > 0 ? this.mergedMessages(remote) : [];
    for (const peer of this.peers) {
      for (const message of peer === origin ? originGets : everyone) {
        peer.send(message);
        this.deps.metrics.updatesOut++;
      }
    }
  }

  private mergedMessages(parts: { update: Uint8Array; message: Uint8Array }[]): Uint8Array[] {
    if (parts.length <= 1) return parts.map((p) => p.message);
    let bytes = 0;
    for (const p of parts) bytes += p.update.byteLength;
    if (bytes > MAX_PREFRAMED_BYTES) return parts.map((p) => p.message);
    try {
      return [encodeUpdate(Y.mergeUpdates(parts.map((p) => p.update)))];
    } catch (err) {
      // Every part passed validation; if Yjs still cannot merge them, send them one by one.
      this.deps.log.warn({ err, boardId: this.boardId, parts: parts.length }, 'merge failed; relaying separately');
      return parts.map((p) => p.message);
    }
  }

  /** Folds the durable prefix of the tail into the base, in memory and in storage. */
  maybeCompact(force: boolean): Promise<void> {
    if (this.compacting) return this.compacting;
    const { compactAfterUpdates, compactAfterBytes } = this.deps.config;
    if (!force && this.tail.length < compactAfterUpdates && this.tailBytes < compactAfterBytes) return Promise.resolve();
    let k = 0;
    while (k < this.tail.length && this.tail[k]!.rowId !== null) k++;
    if (k === 0 || this.closed) return Promise.resolve();
    const taken = this.tail.slice(0, k);
    // Entries from other nodes (rowId 0) are stored by them; the highest own row counts.
    const upTo = Math.max(this.baseUpTo, ...taken.map((e) => e.rowId!));
    const started = performance.now();
    this.compacting = this.deps.docs
      .compact([this.base, ...taken.map((e) => e.update)])
      .then((result) => {
        if (this.closed) return;
        this.base = result.state;
        this.baseMessage = null;
        this.diffs = new Map();
        this.baseUpTo = upTo;
        this.tail = this.tail.slice(k);
        this.tailBytes = this.tail.reduce((n, e) => n + e.update.byteLength, 0);
        for (const [client, clock] of decodeStateVector(result.stateVector)) {
          if (clock > (this.sv.get(client) ?? 0)) this.sv.set(client, clock);
        }
        this.svMessage = null;
        this.deps.persistence.compact(this.boardId, result.state, upTo);
        if (result.name !== null && result.name !== this.name) {
          this.name = result.name;
          // The list column follows the document's name (not awaited: the room goes on; a failure is logged).
          this.deps.persistence.renameBoard(this.boardId, result.name).catch((err: unknown) => this.deps.log.warn({ err, boardId: this.boardId }, 'board list name not updated'));
        }
        this.deps.metrics.compactions++;
        if (result.skipped > 0) this.deps.log.warn({ boardId: this.boardId, skipped: result.skipped }, 'compaction skipped updates Yjs could not apply');
        this.deps.log.debug({ boardId: this.boardId, updates: k, bytes: result.state.byteLength, ms: performance.now() - started }, 'compacted');
      })
      .catch((err: unknown) => {
        this.deps.metrics.compactionFailures++;
        this.deps.log.error({ err, boardId: this.boardId }, 'compaction failed');
      })
      .finally(() => {
        this.compacting = null;
      });
    return this.compacting;
  }

  /** True when every received update is in the stored log and nothing is queued. */
  get settled(): boolean {
    return this.pending.length === 0 && this.tail.every((e) => e.rowId !== null);
  }

  get hasTail(): boolean {
    return this.tail.length > 0;
  }

  /** Log row id the in-memory base covers (for tests and debugging). */
  get coveredUpTo(): number {
    return this.baseUpTo;
  }

  close(code: number, reason: string): void {
    this.dispose();
    for (const peer of [...this.peers]) peer.close(code, reason);
    this.peers.clear();
  }

  dispose(): void {
    this.closed = true;
    this.remote.close();
    this.presence.close();
    for (const gate of this.syncGates.values()) gate.close();
    this.syncGates.clear();
    if (this.evictTimer) clearTimeout(this.evictTimer);
    this.evictTimer = null;
  }

  /**
   * Answers a client's state vector: the tail, then a sync step 2 with what it lacks of the
   * base; `done` once sent. The tail goes first because a client counts itself synced the
   * moment its step 2 is applied (the stock client's `sync` event): the tail's updates wait in
   * its Yjs pending set until the step 2 brings what they build on, so at `sync` the document
   * holds everything. Step 2 first announced a board without its recent changes (a new board:
   * blank), and clients decide things on that event (the web app's first step and view).
   * Cost, measured on a 2,000-sticky base with a 500-update tail: the client applies it in
   * ~210 ms instead of ~120 ms (Yjs re-merges its pending set per early update); no server cost.
   */
  private sendState(peer: Peer, clientSv: Map<number, number>, done: () => void): void {
    const tailMessages = this.tail.map((e) => e.message);
    const sendAll = (step2: Uint8Array) => {
      for (const m of tailMessages) peer.send(m);
      peer.send(step2);
      done();
    };
    // A fresh client needs everything, and so does anyone while the worker is busy with
    // diffs: a whole state is a correct step 2 (Yjs skips what the client already has).
    if (clientSv.size === 0 || (this.base.byteLength > INLINE_DIFF_BYTES && this.deps.docs.queuedDiffs >= MAX_QUEUED_DIFFS)) {
      // A fresh client needs everything: reuse one framed copy of the base for all of them.
      sendAll((this.baseMessage ??= encodeSyncStep2(this.base)));
      return;
    }
    const svBytes = encodeStateVector(clientSv);
    const base = this.base;
    if (base.byteLength <= INLINE_DIFF_BYTES) {
      let diff = base;
      try {
        diff = Y.diffUpdate(base, svBytes);
      } catch (err) {
        this.deps.log.warn({ err, boardId: this.boardId }, 'diff failed; sending full state');
      }
      sendAll(encodeSyncStep2(diff));
      return;
    }
    // Large board: diff off-thread, once per distinct state vector in flight (a reconnect
    // wave of viewers shares one). Live updates sent meanwhile wait in the client's pending set.
    const key = Buffer.from(svBytes).toString('base64');
    let diff = this.diffs.get(key);
    if (!diff) {
      const diffs = this.diffs;
      diff = this.deps.docs.diff([base], svBytes);
      diffs.set(key, diff);
      // Coalesce only while in flight: finished diffs are not kept (memory).
      const forget = () => diffs.delete(key);
      diff.then(forget, forget);
    }
    diff.then(
      (diff) => {
        if (this.peers.has(peer)) sendAll(encodeSyncStep2(diff));
        else done();
      },
      (err: unknown) => {
        this.deps.log.warn({ err, boardId: this.boardId }, 'diff failed; sending full state');
        if (this.peers.has(peer)) sendAll(encodeSyncStep2(base));
        else done();
      },
    );
  }


  /**
   * A document update another node relayed (or a catch-up from storage): relayed, and it
   * joins the tail so clients joining here later get it (its node stores it: `rowId` 0, never
   * appended here). The state vector grows only by gap-free runs.
   */
  acceptRemoteUpdate(update: Uint8Array, ranges: ClockRange[], message: Uint8Array): void {
    extendStateVector(this.sv, ranges);
    this.svMessage = null;
    this.tail.push({ update, message, rowId: 0 });
    this.tailBytes += update.byteLength;
    // Sent with the turn's flush (documents first, next check phase), merged with this node's own
    // updates and the other relayed ones: one message per peer per turn. A peer joining before
    // the flush may get it twice (tail and flush): Yjs applies an update once.
    this.remotePending.push({ update, message });
    this.deps.markDirty(this);
  }

  /**
   * After the link to other nodes was down: storage's document for this board is compared with
   * the room's (base and tail, which its clients have) in the document worker, and only what
   * the room lacks — what other nodes stored while their messages could not arrive — is
   * relayed, as one remote update. Rooms of a big board therefore send their clients a few
   * bytes, not the whole board (`stormscape_redis_catch_up_bytes_total`).
   */
  async catchUpFromStorage(): Promise<void> {
    if (this.closed) return;
    const stored = await this.deps.persistence.load(this.boardId);
    if (this.closed) return;
    const storedParts = stored.updates.map((u) => u.data);
    if (stored.snapshot) storedParts.unshift(stored.snapshot);
    if (storedParts.length === 0) return;
    const missing = await this.deps.docs.missing([this.base, ...this.tail.map((e) => e.update)], storedParts);
    if (!missing || this.closed) return;
    this.deps.metrics.catchUpBytes += missing.byteLength;
    this.acceptRemoteUpdate(missing, inspectUpdate(missing).ranges, encodeUpdate(missing));
  }

  /** Another node's presence changed the table (see `RoomPresence.remoteArrived`). */
  remotePresenceArrived(): void {
    this.presence.remoteArrived();
  }

  presenceChanged(): void {
    this.presence.changed();
  }

  /** One slice of the due presence flush (see `RoomPresence.flush`); false while peers are left. */
  flushAwareness(): boolean {
    return this.closed || this.presence.flush();
  }
}
