/**
 * The persistence seam. The room server only talks to storage through this interface;
 * `SqliteStore` is the embedded implementation (one file per adapter).
 */

export interface BoardRecord {
  id: string;
  name: string;
  /** SHA-256 of the edit and view tokens; the tokens themselves are never stored. */
  editTokenHash: Buffer;
  viewTokenHash: Buffer;
  /** The view token sealed with the edit token (see `sealViewToken`); null for old rows. */
  viewTokenSealed: Buffer | null;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

export type BoardSummary = Pick<BoardRecord, 'id' | 'name' | 'updatedAt'>;


/** A board's stored document: a snapshot plus the log rows appended after it, in order. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  /** Highest log row id folded into the snapshot (0 when none). */
  snapshotUpTo: number;
  updates: { id: number; data: Uint8Array }[];
}

/** Board history (see README "Board history"): a named one is kept until deleted, an automatic one expires. */
export type VersionKind = 'named' | 'auto';

export interface VersionInput {
  kind: VersionKind;
  /** Null for automatic versions. */
  name: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
  /** The whole document then (`Y.encodeStateAsUpdate`): survives compaction of the log. */
  state: Uint8Array;
  /** `Y.encodeStateVector` of that document: who changed how much between versions. */
  stateVector: Uint8Array;
}

export interface VersionSummary {
  id: number;
  kind: VersionKind;
  name: string | null;
  createdAt: number;
  bytes: number;
  stateVector: Uint8Array;
}

/**
 * Storage did not answer or cannot be reached (PostgreSQL down or too slow): sockets are
 * refused with 4507 as on a full disk, REST answers 503 (try again later).
 */
export class StorageUnavailableError extends Error {}

/** Called once the appended update is durable (fsync'd), with its log row id. */
export type OnDurable = (rowId: number) => void;

/**
 * Every call that reads or writes storage returns a promise: on PostgreSQL it is a round trip
 * to the PostgreSQL thread, and the event loop serves every room meanwhile (nothing blocks it
 * for the network). SQLite answers synchronously inside (a local file) and resolves at once.
 * Queued writes (`append`, `compact`, `recordAuthor`) and the settled/failing state stay
 * synchronous: they never wait for storage.
 */
export interface Persistence {
  /** Creates the board and its initial document atomically (never half-created). */
  createBoard(record: BoardRecord, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | undefined>;
  listBoards(): Promise<BoardSummary[]>;
  renameBoard(id: string, name: string): Promise<void>;
  /** Deletes the board, its snapshot, its log, and drops its queued appends (at once, before the round trip). */
  deleteBoard(id: string): Promise<boolean>;
  /** The board's stored document (room loads, exports, history, catch-ups after a Redis outage). */
  load(boardId: string): Promise<StoredDoc>;
  /** Queues an update; batched and committed per event-loop tick. */
  append(boardId: string, update: Uint8Array, receivedAt: number, onDurable?: OnDurable): void;
  /** Replaces the snapshot with `state` (covering log rows up to `upTo`) and drops those rows. */
  compact(boardId: string, state: Uint8Array, upTo: number): void;
  /** Stores a version of the board's document; resolves to its id (0 when the board is gone). */
  saveVersion(boardId: string, version: VersionInput): Promise<number>;
  /** The board's versions, oldest first, without their documents. */
  listVersions(boardId: string): Promise<VersionSummary[]>;
  /** One version's document, or undefined (unknown id, or another board's). */
  getVersionState(boardId: string, versionId: number): Promise<Uint8Array | undefined>;
  /**
   * Who is behind a Yjs client id on this board (board history's "who changed how much"):
   * the first record for an id wins, later ones are ignored. Queued, never waited for.
   */
  recordAuthor(boardId: string, clientId: number, name: string): void;
  /** The board's recorded authors (credits recorded before the call included): Yjs client id → person's name. */
  listAuthors(boardId: string): Promise<Map<number, string>>;
  /**
   * Claims the board's automatic history round for `ms` on this node (renewed by the holder);
   * false while another node holds it. Stores a single node owns always answer true.
   */
  takeHistoryLease(boardId: string, ms: number): Promise<boolean>;
  /** Deletes one named version of the board; false when there is none with that id (automatic ones only expire). */
  deleteNamedVersion(boardId: string, versionId: number): Promise<boolean>;
  /** Deletes automatic versions created before `createdBefore` (every board); resolves to how many. */
  expireVersions(createdBefore: number): Promise<number>;
  /**
   * Commits everything queued before the call (shutdown, before unloading a room, before an
   * export reads the log); resolves once it is durable, or once storage refused it.
   */
  flush(): Promise<void>;
  /** Updates appended but not durable yet (after `flush`: ones storage refused). */
  unsettledCount(): number;
  /** True while nothing is queued for `boardId`. */
  isSettled(boardId: string): boolean;
  /**
   * True while storage refuses writes (disk full, I/O error). Queued appends stay queued and
   * are retried; rooms must stop taking updates meanwhile (nothing new could be stored).
   */
  readonly failing: boolean;
  /** Called whenever `failing` changes. */
  onFailingChange(listener: (failing: boolean) => void): void;
  /** Performs a tiny write; false if storage is not writable (or `failing`). */
  checkWritable(): Promise<boolean>;
  /** Flushes what is queued (see `flush`), then releases the storage. */
  close(): Promise<void>;
}
