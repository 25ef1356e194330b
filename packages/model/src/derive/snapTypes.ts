import type { SnapSection } from '../schema/SnapOverrides';

/** One line of a SNAP-E sheet. */
export interface SnapEntry {
  /**
   * Derived: `snap:<contextId>:<section>:<sourceId>` (stories:
   * `snap:<contextId>:stories:<actorId>:<commandId>`); manual: the manual entry's id.
   */
  readonly id: string;
  readonly section: SnapSection;
  readonly text: string;
  /** true when derived from the storm, false when a person added it. */
  readonly derived: boolean;
  /** Stickies it comes from (empty for manual entries). */
  readonly sourceIds: string[];
  /** A person dismissed it; kept (flagged) so the UI can restore it. */
  readonly dismissed: boolean;
}

/** The SNAP-E sheet of one service (bounded context), reference §4. */
export interface SnapSheet {
  readonly contextId: string;
  readonly contextName: string;
  /**
   * Every section, always present. Derived entries first (sorted by text), then manual
   * entries in the order people added them.
   */
  readonly sections: Record<SnapSection, SnapEntry[]>;
}
