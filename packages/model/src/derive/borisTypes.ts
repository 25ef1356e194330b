import type { EdgeMode } from '../schema/BorisOverrides';
import type { Point } from '../schema/ids';

/** Kinds of node on a Boris diagram (reference §1, §4). */
export type BorisNodeKind = 'service' | 'topic' | 'external' | 'ui';

/** A node of the derived Boris diagram. */
export interface BorisNode {
  /**
   * Stable id derived from source ids: `svc:<contextId>`, `topic:<eventId>`,
   * `ext:<stickyId>`, `ui:<stickyId>` (external systems and UIs with the same name are
   * one node, named after the smallest sticky id among them).
   */
  readonly id: string;
  readonly kind: BorisNodeKind;
  readonly label: string;
  /** The service's context; a topic's publishing context; a UI's context; else null. */
  readonly contextId: string | null;
  /** Context id (service) or sticky ids (topic: the event; external/UI: the stickies) it comes from. */
  readonly sourceIds: string[];
  /** Where a person put it (override), or null: lay it out automatically. */
  readonly position: Point | null;
  /** A person's annotation, if any. */
  readonly note: string | null;
}

/** An edge of the Boris diagram: derived from the storm, or drawn by a person. */
export interface BorisEdge {
  /**
   * Derived: `edge:sync:<fromNodeId>:<toNodeId>:<commandId | readModelId>` or
   * `edge:async:<fromNodeId>:<toNodeId>`. Added by a person: the added edge's id.
   */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** sync = request/response (blue), async = via a topic (red). */
  readonly mode: EdgeMode;
  /** The mode derived from the storm (differs from `mode` when the team switched it); an added edge's own mode. */
  readonly derivedMode: EdgeMode;
  readonly label: string;
  /** Stickies it comes from (issuer, command, target; event, producers, consumers). Empty for added edges. */
  readonly sourceIds: string[];
  /** false for edges a person added. */
  readonly derived: boolean;
  /** A person hid it (kept so the UI can show it again). */
  readonly hidden: boolean;
  readonly note: string | null;
}

/** The notional architecture derived from a design-level storm, with people's overrides applied. */
export interface BorisDiagram {
  /** The slice it was filtered by, or null for the whole board. */
  readonly sliceId: string | null;
  /** Sorted by kind (service, topic, external, ui), then id. */
  readonly nodes: BorisNode[];
  /** Sorted by id. */
  readonly edges: BorisEdge[];
}

/** Options of `deriveBoris`. */
export interface DeriveBorisOptions {
  /** Keep only the parts touching this thin slice's events. */
  readonly sliceId?: string;
}
