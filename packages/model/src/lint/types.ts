import type { Level } from '../schema/notation';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Rule ids: reference §3, plus S2 (a sticky in several contexts), N2 (derived code names
 * to review), N3 (two contexts of one name), M2 (two relationships for one pair of
 * contexts) and the design-decision rules of reference §7: O1, O2 (outcomes), P4, P5
 * (policy mappings and loops), L1 (lifecycle), R2 (read-model row key), and T1 (a thin
 * slice the generated system cannot play end to end, see `sliceDrivability`).
 */
export const RULE_IDS = ['E1', 'E2', 'C1', 'C2', 'C3', 'O1', 'O2', 'P1', 'P2', 'P3', 'P4', 'P5', 'L1', 'R1', 'R2', 'N1', 'N2', 'N3', 'A1', 'A2', 'A3', 'X1', 'B3', 'M1', 'M2', 'H1', 'T1', 'S1', 'S2'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One problem the linter found. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** One or two sentences for workshop participants, naming the stickies. */
  readonly message: string;
  /**
   * Everything involved, most important first: sticky ids, and where relevant link,
   * context, relationship or Boris edge ids, so the UI can select them.
   */
  readonly ids: string[];
}

/** Options of `lintBoard`. */
export interface LintOptions {
  /** Workshop level: rules about later-level stickies are quieter or off at earlier levels. */
  readonly level: Level;
  /** Thin slice in focus: enables H1 (open hotspots in the slice). */
  readonly sliceId?: string;
  /** Linting before code generation: stickies outside (or in several) contexts are errors. */
  readonly forCodegen?: boolean;
}

/** A finding before its severity is set from the level table. */
export interface RawFinding {
  readonly ruleId: RuleId;
  readonly message: string;
  readonly ids: string[];
}
