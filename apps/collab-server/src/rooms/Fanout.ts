/**
 * The scale-out seam. A room publishes every batch it relays (framed y-websocket messages)
 * and relays what other nodes publish for the same board to its own peers. An adapter over
 * Redis pub/sub or streams would implement this; each node keeps persisting what its own
 * clients sent (the log is append-only and Yjs updates commute), so nothing else changes.
 */
export interface Fanout {
  publish(boardId: string, message: Uint8Array): void;
  /**
   * `origin` names the node that published the message. `catchUp` is called when messages may
   * have been missed (the link to the other nodes was down): the room fetches what it lacks
   * from storage. Returns the unsubscribe function.
   */
  subscribe(boardId: string, onMessage: (message: Uint8Array, origin: string) => void, catchUp?: () => Promise<void>): () => void;
  /** Across nodes: true while messages reach the other nodes and theirs reach this one. */
  isReady?(): boolean;
  /** Across nodes: `onGone(nodeId)` once a node stopped being heard from. Returns the unsubscribe function. */
  onNodeGone?(onGone: (nodeId: string) => void): () => void;
}

/** Single node: there is nobody else to tell. */
export class LocalFanout implements Fanout {
  publish(): void {}

  subscribe(): () => void {
    return () => {};
  }
}
