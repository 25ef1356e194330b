// The narrow API of the collaborative wiring; nothing else imports y-websocket,
// y-indexeddb or awareness directly.
export { createCollabSession } from './CollabSession';
export type { CollabOptions, CollabSession, SessionState } from './CollabSession';
export type { ConnectionStatus } from './connectionStatus';
export type { Peer, PresenceState, PresenceView, Presence } from './presence';
export { CURSOR_INTERVAL_MS } from './presence';
export { savedUserName, saveUserName } from './userIdentity';
