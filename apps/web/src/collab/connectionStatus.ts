/** What the connection indicator shows. */
export type ConnectionStatus = 'connected' | 'syncing' | 'offline';

/** Folds the provider's socket status and sync flag into one indicator state. */
export function connectionStatus(socket: 'connected' | 'connecting' | 'disconnected', synced: boolean): ConnectionStatus {
  if (socket === 'disconnected') return 'offline';
  if (socket === 'connecting' || !synced) return 'syncing';
  return 'connected';
}
