import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authorize';
import type { BoardFileWorker } from '../boardFiles/BoardFileWorker';
import type { BoardHistory } from '../history/BoardHistory';
import type { RoomManager } from '../rooms/RoomManager';
import type { Persistence } from '../storage/Persistence';

/** What the REST routes need. */
export interface ApiDeps {
  persistence: Persistence;
  rooms: RoomManager;
  auth: Authenticator;
  files: BoardFileWorker;
  history: BoardHistory;
  log: Logger;
}
