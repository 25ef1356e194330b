import type { AwarenessEntry } from '../protocol/messages';
import { encodeAwareness, ProtocolError } from '../protocol/messages';

interface Entry {
  clock: number;
  /** JSON text; "null" marks a client that left (kept so stale echoes cannot revive it). */
  state: string;
  owner: object | null;
}

export type ApplyResult = { changed: boolean; refused: number };

/**
 * The room's presence states, held as the JSON text clients sent (never re-serialised).
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

  /** Applies entries from `peer`; throws ProtocolError on a state that is not JSON. */
  apply(peer: object, updates: readonly AwarenessEntry[]): ApplyResult {
    let changed = false;
    let refused = 0;
    for (const u of updates) {
      const current = this.entries.get(u.clientId);
      const removal = u.state === 'null';
      // Cheap check first: clients echo what they receive, and those echoes are stale.
      if (current && (current.clock > u.clock || (current.clock === u.clock && !(removal && current.state !== 'null')))) continue;
      let mine = this.owned.get(peer);
      if (current?.owner !== peer && !removal && (mine?.size ?? 0) >= this.maxClientsPerPeer) {
        refused++;
        continue;
      }
      try {
        JSON.parse(u.state);
      } catch {
        throw new ProtocolError('awareness state is not JSON');
      }
      if (current?.owner && current.owner !== peer) this.owned.get(current.owner)?.delete(u.clientId);
      if (removal) {
        mine?.delete(u.clientId);
        this.entries.set(u.clientId, { clock: u.clock, state: u.state, owner: null });
      } else {
        if (!mine) this.owned.set(peer, (mine = new Set()));
        mine.add(u.clientId);
        this.entries.set(u.clientId, { clock: u.clock, state: u.state, owner: peer });
      }
      this.dirty.add(u.clientId);
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
      this.entries.set(clientId, { clock: current.clock + 1, state: 'null', owner: null });
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
      if (withRemovals || e.state !== 'null') list.push({ clientId, clock: e.clock, state: e.state });
    }
    return list.length === 0 ? null : encodeAwareness(list);
  }
}
