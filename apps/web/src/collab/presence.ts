import type { Awareness } from 'y-protocols/awareness';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { throttle } from './throttle';

/** What each participant publishes through awareness. */
export interface PresenceState {
  user: { name: string; colour: string; viewOnly: boolean };
  /** Pointer in flow (board) coordinates, or null when off the canvas. */
  cursor: { x: number; y: number } | null;
  selection: string[];
}

export interface Peer extends PresenceState {
  clientId: number;
}

export interface PresenceView {
  /** Everyone here, this client first (its `cursor` is always null: ours is the real pointer). */
  peers: Peer[];
  /** sticky/context id → colours of the others who have it selected. */
  selectedBy: Record<string, string[]>;
}

/** Cursor updates leave at most this often (receivers smooth between them). */
export const CURSOR_INTERVAL_MS = 50;

function readPeer(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state.user as PresenceState['user'] | undefined;
  if (!user || typeof user.name !== 'string' || typeof user.colour !== 'string') return null;
  const cursor = state.cursor as PresenceState['cursor'] | undefined;
  const validCursor = cursor && Number.isFinite(cursor.x) && Number.isFinite(cursor.y) ? { x: cursor.x, y: cursor.y } : null;
  const selection = Array.isArray(state.selection) ? state.selection.filter((s): s is string => typeof s === 'string').slice(0, 5000) : [];
  return { clientId, user: { name: user.name.slice(0, 60), colour: user.colour, viewOnly: !!user.viewOnly }, cursor: validCursor, selection };
}

/**
 * Presence over the provider's awareness: publishes our name, cursor (throttled) and
 * selection, and exposes everyone else's as a small store. Selection changes only
 * rebuild `selectedBy`, so stickies re-render only when their own highlight changes.
 */
export function createPresence(awareness: Awareness, user: PresenceState['user'], onColourClash?: (taken: ReadonlySet<string>) => string) {
  awareness.setLocalState({ user, cursor: null, selection: [] } satisfies PresenceState);
  const store: StoreApi<PresenceView> = createStore<PresenceView>(() => ({ peers: [], selectedBy: {} }));
  let lastSelectionKey = '';

  /** True while we publish our own cursor: nothing anyone reads changes (see `peers`). */
  let sendingOwnCursor = false;
  const refresh = () => {
    if (sendingOwnCursor) return;
    const peers: Peer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const peer = readPeer(clientId, state);
      // Our own pointer is the real one: our entry carries none.
      if (peer) peers.push(clientId === awareness.clientID ? { ...peer, cursor: null } : peer);
    }
    peers.sort((a, b) => (a.clientId === awareness.clientID ? -1 : b.clientId === awareness.clientID ? 1 : a.user.name.localeCompare(b.user.name)));
    const selectedBy: Record<string, string[]> = {};
    for (const peer of peers) {
      if (peer.clientId === awareness.clientID) continue;
      for (const id of peer.selection) (selectedBy[id] ??= []).push(peer.user.colour);
    }
    // Two here with one colour: the later client (higher id) moves to a free colour.
    if (onColourClash && peers.some((p) => p.clientId < awareness.clientID && p.user.colour === user.colour)) {
      const taken = new Set(peers.filter((p) => p.clientId !== awareness.clientID).map((p) => p.user.colour));
      const colour = onColourClash(taken);
      if (colour !== user.colour) {
        user = { ...user, colour };
        awareness.setLocalStateField('user', user);
        return;
      }
    }
    const key = JSON.stringify(selectedBy);
    const selectionChanged = key !== lastSelectionKey;
    lastSelectionKey = key;
    store.setState(selectionChanged ? { peers, selectedBy } : { peers });
  };
  awareness.on('change', refresh);
  refresh();

  // Sent every 50 ms while the pointer moves; publishing each one to the store would run
  // every sticky's presence selector (2,000 on a big board) for a change nobody draws.
  const sendCursor = throttle((cursor: PresenceState['cursor']) => {
    sendingOwnCursor = true;
    try {
      awareness.setLocalStateField('cursor', cursor);
    } finally {
      sendingOwnCursor = false;
    }
  }, CURSOR_INTERVAL_MS);

  return {
    store,
    clientId: awareness.clientID,
    setCursor: sendCursor,
    setSelection(ids: readonly string[]) {
      awareness.setLocalStateField('selection', [...ids]);
    },
    setName(name: string) {
      user = { ...user, name };
      awareness.setLocalStateField('user', user);
    },
    destroy() {
      sendCursor.cancel();
      awareness.off('change', refresh);
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
