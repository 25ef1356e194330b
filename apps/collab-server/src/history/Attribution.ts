import type { Logger } from 'pino';
import type { Persistence } from '../storage/Persistence';

/**
 * Board history's "who": credits the Yjs client ids a connection writes with to the person its
 * presence names, once per client id (a browser session), in storage (`recordAuthor`), so the
 * version list names people across sessions and restarts. The name is the one the connection's
 * own presence carries as the presence rules accepted it (board links are shared, so there is
 * no other identity). A client id first written before its connection named itself waits for
 * the name. The first record for an id wins: a later connection writing with someone else's
 * id cannot take their credit.
 */
export class Attribution {
  /**
   * Client ids this room already handed to storage. Not preloaded from storage (that would be
   * a PostgreSQL round trip on the first edit): storage keeps the first record for an id and
   * ignores the rest, so crediting an id again after a room reload changes nothing.
   */
  private readonly known = new Set<number>();
  private readonly unnamed = new Map<object, Set<number>>();

  constructor(
    private readonly boardId: string,
    private readonly persistence: Persistence,
    private readonly log: Logger,
  ) {}

  /** `peer` wrote items with these client ids; `name` is its presence's name now (or null). */
  wrote(peer: object, clientIds: Iterable<number>, name: () => string | null): void {
    let waiting: Set<number> | undefined;
    for (const clientId of clientIds) {
      if (this.known.has(clientId)) continue;
      const who = name();
      if (who !== null) this.record(clientId, who);
      else {
        waiting ??= this.unnamed.get(peer) ?? new Set();
        waiting.add(clientId);
      }
    }
    if (waiting) this.unnamed.set(peer, waiting);
  }

  /** `peer`'s presence changed: credit what it wrote before naming itself. */
  named(peer: object, name: () => string | null): void {
    const waiting = this.unnamed.get(peer);
    if (!waiting) return; // the usual case: no presence parsing on every cursor move
    const who = name();
    if (who === null) return;
    this.unnamed.delete(peer);
    for (const clientId of waiting) if (!this.known.has(clientId)) this.record(clientId, who);
  }

  left(peer: object): void {
    this.unnamed.delete(peer);
  }

  private record(clientId: number, name: string): void {
    this.known.add(clientId);
    try {
      this.persistence.recordAuthor(this.boardId, clientId, name);
    } catch (err) {
      // SQLite writes at once; PostgreSQL queues (never throws here). The edit is accepted either way.
      this.log.warn({ err, boardId: this.boardId, clientId }, 'recording a board author failed');
    }
  }
}
