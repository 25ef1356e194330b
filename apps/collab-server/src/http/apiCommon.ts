import type { Logger } from 'pino';
import type { RoomManager } from '../rooms/RoomManager';
import type { Persistence } from '../storage/Persistence';

export interface BoardsApiDeps {
  persistence: Persistence;
  rooms: RoomManager;
  maxBodyBytes: number;
  log: Logger;
}

/** Board names, as in the model's schema. */
export const MAX_NAME = 200;

export const iso = (ms: number): string => new Date(ms).toISOString();
