import { migrateDoc } from '@stormscape/model/yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ConnectionStatus } from './connectionStatus';
import { connectionStatus } from './connectionStatus';
import type { Presence } from './presence';
import { createPresence } from './presence';
import { createUndo } from './undo';
import { pickColour, saveColour, savedColour } from './userIdentity';

export interface CollabOptions {
  boardId: string;
  token: string;
  viewOnly: boolean;
  userName: string;
  /** Defaults to this page's origin + /ws (the collab server serves both). */
  wsUrl?: string;
  /** Keep a copy in IndexedDB (offline edits survive reloads). Default true. */
  offline?: boolean;
}

export interface SessionState {
  status: ConnectionStatus;
  /** The server refused the socket (bad token, unknown board). */
  refused: string | null;
  /** The server says the board does not exist (4404) or was deleted while open (4410). */
  gone: 'missing' | 'deleted' | null;
  /** The first full sync (from the server or from IndexedDB) has happened. */
  loaded: boolean;
  /** The server's state has been received at least once. */
  synced: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The one place that wires a board's Y.Doc to the network, IndexedDB, awareness and
 * undo. The rest of the app sees `doc` (read via the store, write via actions with
 * `origin`), `undo`/`redo`, `presence` and a tiny state store.
 */
export interface CollabSession {
  doc: Y.Doc;
  /** Pass to every mutation so undo tracks exactly this user's edits. */
  origin: object;
  presence: Presence;
  state: StoreApi<SessionState>;
  undo(): void;
  redo(): void;
  /** Close the undo step in progress (e.g. at the end of a drag). */
  stopCapturing(): void;
  /** One undo step from here to `endStep`, however slow (a drag). */
  beginStep(): void;
  endStep(): void;
  destroy(): void;
}

const defaultWsUrl = () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ws`;

export function createCollabSession(options: CollabOptions): CollabSession {
  const doc = new Y.Doc();
  const origin = { session: options.boardId };
  const state = createStore<SessionState>(() => ({ status: 'syncing', refused: null, gone: null, loaded: false, synced: false, canUndo: false, canRedo: false }));

  const idb = options.offline === false ? null : new IndexeddbPersistence(`stormscape:${options.boardId}`, doc);
  idb?.on('synced', () => state.setState({ loaded: true }));
  // Without IndexedDB and without the server, still show the (empty) board eventually.
  const loadFallback = setTimeout(() => state.setState({ loaded: true }), 4000);

  // Opened with no network (a reload offline, served by the service worker): the board
  // comes from IndexedDB and the socket waits for the browser's `online` event.
  const startOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const provider = new WebsocketProvider(options.wsUrl ?? defaultWsUrl(), options.boardId, doc, {
    params: { token: options.token },
    maxBackoffTime: 2500,
    connect: !startOffline,
  });
  let socket: 'connected' | 'connecting' | 'disconnected' = startOffline ? 'disconnected' : 'connecting';
  const updateStatus = () => state.setState({ status: connectionStatus(socket, provider.synced) });
  if (startOffline) updateStatus();
  provider.on('status', ({ status }) => {
    // A retry after a failed attempt is still offline until a socket actually opens.
    socket = status === 'connecting' && socket === 'disconnected' ? 'disconnected' : status;
    updateStatus();
  });
  provider.on('connection-close', () => {
    // The provider reports `disconnected` only for sockets that had opened; a server that
    // cannot be reached at all is offline too.
    if (!provider.wsconnected) socket = 'disconnected';
    updateStatus();
  });
  provider.on('sync', (synced) => {
    // Opening a board brings an older document layout to this code's (docMigrations.ts);
    // its own origin keeps the migration out of this user's undo stack.
    if (synced && !options.viewOnly) migrateDoc(doc, LAYOUT_MIGRATION_ORIGIN);
    if (synced) state.setState({ loaded: true, synced: true, refused: null });
    updateStatus();
  });
  provider.on('connection-close', (event) => {
    // 4xxx close codes are the server's documented refusals (issue 3).
    if (event && event.code >= 4000 && event.code < 5000) state.setState({ refused: event.reason || `refused (${event.code})` });
    if (event?.code === 4404 || event?.code === 4410) state.setState({ gone: event.code === 4404 ? 'missing' : 'deleted' });
  });
  // The browser knows before the socket does; reconnect as soon as it is back.
  const goOffline = () => {
    provider.disconnect();
    socket = 'disconnected';
    updateStatus();
  };
  const goOnline = () => provider.connect();
  window.addEventListener('offline', goOffline);
  window.addEventListener('online', goOnline);

  const undo = createUndo(doc, origin);
  const undoManager = undo.manager;
  trackUndoState(undoManager, state);

  // A stable colour per person and board (kept in localStorage), moved only on a clash.
  const seed = doc.clientID;
  const userColour = pickColour(savedColour(options.boardId), new Set(), seed);
  saveColour(options.boardId, userColour);
  const presence = createPresence(provider.awareness, { name: options.userName, colour: userColour, viewOnly: options.viewOnly }, (taken) => {
    const colour = pickColour(null, taken, seed);
    saveColour(options.boardId, colour);
    return colour;
  });

  return {
    doc,
    origin,
    presence,
    state,
    undo: () => undoManager.undo(),
    redo: () => undoManager.redo(),
    stopCapturing: () => undoManager.stopCapturing(),
    beginStep: () => undo.beginStep(),
    endStep: () => undo.endStep(),
    destroy() {
      clearTimeout(loadFallback);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      presence.destroy();
      undoManager.destroy();
      provider.destroy();
      void idb?.destroy();
      doc.destroy();
    },
  };
}

/** Origin of layout migrations run by this client (never undone). */
const LAYOUT_MIGRATION_ORIGIN = { layoutMigration: true };

function trackUndoState(undoManager: Y.UndoManager, state: StoreApi<SessionState>): void {
  const updateUndo = () => state.setState({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
  undoManager.on('stack-item-added', updateUndo);
  undoManager.on('stack-item-popped', updateUndo);
  undoManager.on('stack-cleared', updateUndo);
}
