/** Role granted by a token: `view` may sync and show presence but never change the document. */
export type Role = 'edit' | 'view';

/**
 * WebSocket close codes. 4400–4499 tell the stock y-websocket client not to reconnect
 * (permanent); other codes make it reconnect with backoff and resync.
 */
export const CloseCode = {
  /** Server shutting down (standard "going away"); clients reconnect. */
  goingAway: 1001,
  /** Message larger than MAX_MESSAGE_BYTES (standard; sent by `ws` itself). */
  tooBig: 1009,
  /** Malformed, truncated or off-protocol message. */
  malformed: 4400,
  /** No token given. */
  unauthorized: 4401,
  /** Token does not grant access to this board. */
  forbidden: 4403,
  /** No such board (or an invalid board id). */
  notFound: 4404,
  /** The board was deleted while connected. */
  gone: 4410,
  /** Server error while loading the board; retry later. */
  serverError: 4500,
  /**
   * Storage failed (disk full, I/O error): the board's updates cannot be stored, so the room
   * stops taking them. Reconnecting is right: the stock client then resends from its own state
   * once storage works again (mirrors HTTP 507 Insufficient Storage).
   */
  storageFailed: 4507,
  /** Slow consumer: too much unsent data buffered; reconnect to resync. */
  slowConsumer: 4503,
  /** Per-connection rate limit exceeded; reconnect later. */
  rateLimited: 4529,
} as const;

/** What a room needs from one connected client. */
export interface Peer {
  readonly role: Role;
  /** Bytes queued for this client in the server's memory (not yet taken by the kernel). */
  readonly bufferedBytes: number;
  /** Sends a document message; closes the connection instead if it is a hopelessly slow consumer. */
  send(message: Uint8Array): void;
  /** Sends an awareness message unless it would take the consumer past the soft bound; false when skipped. */
  sendAwareness(message: Uint8Array): boolean;
  close(code: number, reason: string): void;
}
