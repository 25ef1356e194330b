import type { AwarenessEntry, AwarenessUpdate } from '../protocol/messages';
import { encodeAwareness, ProtocolError } from '../protocol/messages';

interface Entry {
  clock: number;
  /** JSON as UTF-8 bytes; "null" marks a client that left (kept so stale echoes cannot revive it). */
  state: Uint8Array;
  owner: object | null;
}

const NULL = new TextEncoder().encode('null');
const utf8 = new TextDecoder('utf-8', { fatal: true });
const isNullAt = (b: Uint8Array, start: number, end: number) => end - start === 4 && b[start] === NULL[0] && b[start + 1] === NULL[1] && b[start + 2] === NULL[2] && b[start + 3] === NULL[3];
const isNull = (state: Uint8Array) => isNullAt(state, 0, state.length);

export type ApplyResult = { changed: boolean; refused: number };

/**
 * The room's presence states, held as the JSON bytes clients sent (never re-serialised).
 * Same acceptance rule as y-protocols' Awareness (newer clock wins; a removal at the same
 * clock wins), plus a cap on how many client ids one connection may speak for.
 */
export class AwarenessTable {
  private readonly entries = new Map<number, Entry>();
  private readonly owned = new Map<object, Set<number>>();
  private readonly dirty = new Set<number>();

  constructor(private readonly maxClientsPerPeer: number) {}

  get hasDirty(): boolean {
    return this.dirty.size > 0;
  }

  /** Applies an update from `peer`; throws ProtocolError on an accepted state that is not JSON. */
  apply(peer: object, update: AwarenessUpdate): ApplyResult {
    let changed = false;
    let refused = 0;
    const { bytes, clientIds, clocks, stateStart, stateEnd } = update;
    for (let i = 0; i < clientIds.length; i++) {
      const clientId = clientIds[i]!;
      const clock = clocks[i]!;
      const current = this.entries.get(clientId);
      const removal = isNullAt(bytes, stateStart[i]!, stateEnd[i]!);
      // Cheap check first: clients echo what they receive, and those echoes are stale.
      if (current && (current.clock > clock || (current.clock === clock && !(removal && !isNull(current.state))))) continue;
      let mine = this.owned.get(peer);
      if (current?.owner !== peer && !removal && (mine?.size ?? 0) >= this.maxClientsPerPeer) {
        refused++;
        continue;
      }
      // Copy: the bytes are a view into the socket's message buffer.
      const state = bytes.slice(stateStart[i], stateEnd[i]);
      try {
        JSON.parse(utf8.decode(state));
      } catch {
        throw new ProtocolError('awareness state is not JSON');
      }
      if (current?.owner && current.owner !== peer) this.owned.get(current.owner)?.delete(clientId);
      if (removal) {
        mine?.delete(clientId);
        this.entries.set(clientId, { clock, state, owner: null });
      } else {
        if (!mine) this.owned.set(peer, (mine = new Set()));
        mine.add(clientId);
        this.entries.set(clientId, { clock, state, owner: peer });
      }
      this.dirty.add(clientId);
      changed = true;
    }
    return { changed, refused };
  }

  /** Marks every client id `peer` spoke for as gone (clock + 1, state null). */
  removePeer(peer: object): boolean {
    const mine = this.owned.get(peer);
    this.owned.delete(peer);
    if (!mine || mine.size === 0) return false;
    for (const clientId of mine) {
      const current = this.entries.get(clientId);
      if (!current) continue;
      this.entries.set(clientId, { clock: current.clock + 1, state: NULL, owner: null });
      this.dirty.add(clientId);
    }
    return true;
  }

  /** The changes since the last call, as one awareness message (null if none). */
  takeDirty(): Uint8Array | null {
    if (this.dirty.size === 0) return null;
    const list: AwarenessEntry[] = [];
    for (const clientId of this.dirty) {
      const e = this.entries.get(clientId);
      if (e) list.push({ clientId, clock: e.clock, state: e.state });
    }
    this.dirty.clear();
    return encodeAwareness(list);
  }

  /** Every state (with removals when `withRemovals`), for joiners and resyncing consumers. */
  encodeAll(withRemovals: boolean): Uint8Array | null {
    const list: AwarenessEntry[] = [];
    for (const [clientId, e] of this.entries) {
      if (withRemovals || !isNull(e.state)) list.push({ clientId, clock: e.clock, state: e.state });
    }
    return list.length === 0 ? null : encodeAwareness(list);
  }
}
