import * as Y from 'yjs';
import type { Logger } from 'pino';
import type { BoardFileWorker } from '../boardFiles/BoardFileWorker';
import { applyServerUpdate, storedParts } from '../http/serverEdits';
import type { RoomManager } from '../rooms/RoomManager';
import type { Persistence, VersionKind, VersionSummary } from '../storage/Persistence';

export interface HistoryDeps {
  persistence: Persistence;
  rooms: RoomManager;
  files: BoardFileWorker;
  log: Logger;
}

export interface HistoryOptions {
  /** Automatic versions are taken this often for boards edited since their last version. */
  autoIntervalMs: number;
  /** Automatic versions older than this are deleted (named ones stay until deleted). */
  retentionMs: number;
}

/** One entry of a board's history as the REST API lists it. */
export interface VersionView {
  id: number;
  kind: VersionKind;
  name: string | null;
  createdAt: string;
  bytes: number;
  /**
   * Who changed how much since the previous version: per Yjs client id (one browser session;
   * the web app shows the name its presence carried), the number of items it inserted
   * (characters, map entries). Deletions are not counted.
   */
  changes: { clientId: number; inserted: number; name: string | null }[];
  /**
   * The same per person: client ids credited to one name (see `Attribution`) added up, most
   * first. Client ids nobody was credited with (old data, server-authored edits) are left out.
   */
  people: { name: string; inserted: number }[];
}

export type DeleteOutcome = 'deleted' | 'unknown' | 'automatic';

export type RestoreOutcome = { kind: 'unknown' } | { kind: 'unchanged' } | { kind: 'restored'; backupVersionId: number };

function changesBetween(previous: Map<number, number>, current: Map<number, number>, authors: Map<number, string>): VersionView['changes'] {
  const changes: VersionView['changes'] = [];
  for (const [clientId, clock] of current) {
    const inserted = clock - (previous.get(clientId) ?? 0);
    if (inserted > 0) changes.push({ clientId, inserted, name: authors.get(clientId) ?? null });
  }
  return changes.sort((a, b) => b.inserted - a.inserted || a.clientId - b.clientId);
}

function byPerson(changes: VersionView['changes']): VersionView['people'] {
  const people = new Map<string, number>();
  for (const c of changes) if (c.name !== null) people.set(c.name, (people.get(c.name) ?? 0) + c.inserted);
  return [...people].map(([name, inserted]) => ({ name, inserted })).sort((a, b) => b.inserted - a.inserted || a.name.localeCompare(b.name));
}

/**
 * Board history: named and automatic versions of a board's document, kept in storage apart
 * from the update log (compaction never touches them). Whole-document work (encoding a
 * version, computing a restore) runs in the board-file thread; a restore reaches clients as
 * one ordinary server-authored change through the room, like a REST rename.
 */
export class BoardHistory {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deps: HistoryDeps,
    private readonly options: HistoryOptions,
  ) {}

  async list(boardId: string): Promise<VersionView[]> {
    let previous = new Map<number, number>();
    const authors = await this.deps.persistence.listAuthors(boardId);
    return (await this.deps.persistence.listVersions(boardId)).map((v: VersionSummary) => {
      const vector = Y.decodeStateVector(v.stateVector);
      const changes = changesBetween(previous, vector, authors);
      const view: VersionView = { id: v.id, kind: v.kind, name: v.name, createdAt: new Date(v.createdAt).toISOString(), bytes: v.bytes, changes, people: byPerson(changes) };
      previous = vector;
      return view;
    });
  }

  /** Stores the board's current document as a version; undefined when the board is gone. */
  async save(boardId: string, kind: VersionKind, name: string | null, now = Date.now()): Promise<VersionView | undefined> {
    const { state, stateVector } = await this.deps.files.version(await storedParts(this.deps, boardId));
    const id = await this.deps.persistence.saveVersion(boardId, { kind, name, createdAt: now, state, stateVector });
    if (id === 0) return undefined;
    this.deps.log.info({ boardId, versionId: id, kind, bytes: state.byteLength }, 'board version saved');
    return (await this.list(boardId)).find((v) => v.id === id);
  }

  /** The version as the canonical board file (read-only preview); undefined when unknown. */
  async preview(boardId: string, versionId: number): Promise<{ name: string; text: string } | undefined> {
    const state = await this.deps.persistence.getVersionState(boardId, versionId);
    return state ? this.deps.files.export([state]) : undefined;
  }

  /** Deletes a named version; automatic ones are left to the retention. */
  async remove(boardId: string, versionId: number): Promise<DeleteOutcome> {
    if (await this.deps.persistence.deleteNamedVersion(boardId, versionId)) {
      this.deps.log.info({ boardId, versionId }, 'board version deleted');
      return 'deleted';
    }
    return (await this.deps.persistence.listVersions(boardId)).some((v) => v.id === versionId) ? 'automatic' : 'unknown';
  }

  /**
   * Brings the board back to a version as one new change. The current document is saved as a
   * named version first, so a restore never loses anything and can itself be undone by restoring.
   */
  async restore(boardId: string, versionId: number): Promise<RestoreOutcome> {
    const version = await this.deps.persistence.getVersionState(boardId, versionId);
    if (!version) return { kind: 'unknown' };
    const target = (await this.deps.persistence.listVersions(boardId)).find((v) => v.id === versionId);
    const label = target?.name ?? new Date(target?.createdAt ?? Date.now()).toISOString();
    const backup = await this.save(boardId, 'named', `Before restoring "${label}"`.slice(0, 200));
    if (!backup) return { kind: 'unknown' };
    const update = await this.deps.files.restore(await storedParts(this.deps, boardId), version);
    if (!update) return { kind: 'unchanged' };
    await applyServerUpdate(this.deps, boardId, update);
    this.deps.log.info({ boardId, versionId, bytes: update.byteLength }, 'board version restored');
    return { kind: 'restored', backupVersionId: backup.id };
  }

  /**
   * One round of automatic history: a version of every board edited since its latest version,
   * then expiry of automatic versions past the retention. One board at a time (the board-file
   * thread's queue stays short).
   */
  async autoRound(now = Date.now()): Promise<number> {
    let saved = 0;
    for (const board of await this.deps.persistence.listBoards()) {
      const versions = await this.deps.persistence.listVersions(board.id);
      const latest = versions.length > 0 ? versions[versions.length - 1]!.createdAt : 0;
      if (board.updatedAt <= latest) continue;
      // On several nodes (PostgreSQL) one node at a time versions a board: the holder keeps the
      // lease across its rounds; a dead holder's lease expires and another node takes over.
      if (!(await this.deps.persistence.takeHistoryLease(board.id, this.leaseMs()))) continue;
      try {
        if (await this.save(board.id, 'auto', null, now)) saved++;
      } catch (err) {
        this.deps.log.warn({ err, boardId: board.id }, 'automatic version failed');
      }
    }
    const expired = await this.deps.persistence.expireVersions(now - this.options.retentionMs);
    if (saved > 0 || expired > 0) this.deps.log.info({ saved, expired }, 'automatic board history');
    return saved;
  }

  /** Two rounds long, so a live holder renews it before it expires (at least a minute). */
  private leaseMs(): number {
    return Math.max(2 * this.options.autoIntervalMs, 60_000);
  }

  start(): void {
    if (this.timer || this.options.autoIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      // Never two rounds at once: a slow round makes the next tick skip.
      this.running ??= this.autoRound()
        .catch((err: unknown) => this.deps.log.warn({ err }, 'automatic board history failed'))
        .then(() => undefined)
        .finally(() => (this.running = null));
    }, this.options.autoIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
