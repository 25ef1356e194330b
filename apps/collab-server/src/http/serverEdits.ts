import type { Peer } from '../rooms/Peer';
import type { RoomManager } from '../rooms/RoomManager';
import type { Persistence } from '../storage/Persistence';

interface EditDeps {
  rooms: RoomManager;
  persistence: Persistence;
}

/** The server itself as the author of a document update (a REST rename, a restore): it receives nothing. */
const SERVER_PEER: Peer = {
  role: 'edit',
  bufferedBytes: 0,
  send: () => {},
  sendAwareness: () => true,
  close: () => {},
};

/** Everything stored for the board, with whatever its open room relayed this tick committed first. */
export async function storedParts(deps: EditDeps, boardId: string): Promise<Uint8Array[]> {
  (await deps.rooms.loaded(boardId))?.flush();
  await deps.persistence.flush();
  const stored = await deps.persistence.load(boardId);
  return [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates.map((u) => u.data)];
}

/**
 * Applies a server-authored update through the normal path: fed to the open room (relayed to
 * its clients like any edit, then stored), or appended to the log when the board is closed.
 */
export async function applyServerUpdate(deps: EditDeps, boardId: string, update: Uint8Array): Promise<void> {
  let room = await deps.rooms.loaded(boardId);
  // A load that started meanwhile would miss an append: wait for it and use its room.
  while (!room && deps.rooms.isLoading(boardId)) room = await deps.rooms.loaded(boardId);
  if (room && !room.closed) room.handle(SERVER_PEER, { type: 'sync-update', update }, Date.now());
  else deps.persistence.append(boardId, update, Date.now());
}
