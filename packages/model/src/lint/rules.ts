import type { Level } from '../schema/notation';
import type { LintOptions, RuleId, Severity } from './types';

/** What a rule checks and how loud it is at each level (null = not checked). */
export interface LintRule {
  readonly id: RuleId;
  readonly title: string;
  readonly severity: Readonly<Record<Level, Severity | null>>;
}

const at = (bigPicture: Severity | null, process: Severity | null, design: Severity | null) => ({ bigPicture, process, design });

/**
 * Every rule with its severity per level. Design-level severities are the reference's
 * (§3). Big picture has no commands, policies, read models or aggregates yet, so rules
 * about them are off there. Process level introduces commands, policies and read models
 * but not yet aggregates: missing structure is a warning rather than an error (P2 and X1
 * too), and detail (C3 effects, P3 policy modes, sync cycles) is info.
 */
export const LINT_RULES: readonly LintRule[] = [
  { id: 'E1', title: 'Event without producer', severity: at('info', 'warning', 'error') },
  { id: 'E2', title: 'Event connected straight to event', severity: at(null, 'warning', 'warning') },
  { id: 'C1', title: 'Command not invoked on an aggregate or external system', severity: at(null, 'warning', 'error') },
  { id: 'C2', title: 'Command without trigger', severity: at(null, 'warning', 'warning') },
  { id: 'C3', title: 'Command producing no event', severity: at(null, 'info', 'warning') },
  { id: 'O1', title: 'Command with several success events', severity: at(null, 'info', 'warning') },
  { id: 'O2', title: 'Command without rejection on an aggregate with invariants', severity: at(null, null, 'info') },
  { id: 'P1', title: 'Policy listening to several events', severity: at(null, 'warning', 'warning') },
  { id: 'P2', title: 'Policy issuing no command', severity: at(null, 'warning', 'error') },
  { id: 'P3', title: 'Policy mode and actor disagree', severity: at(null, 'info', 'warning') },
  { id: 'P4', title: 'Policy leaves required command fields unmapped', severity: at(null, 'info', 'warning') },
  { id: 'P5', title: 'Policy loop', severity: at(null, 'warning', 'error') },
  { id: 'L1', title: 'Lifecycle state no event reaches', severity: at(null, null, 'warning') },
  { id: 'R1', title: 'Read model not fed or not used', severity: at(null, 'warning', 'warning') },
  { id: 'R2', title: 'Read model row key open', severity: at(null, 'info', 'warning') },
  { id: 'N1', title: 'Event not in past tense / command not imperative', severity: at('info', 'info', 'info') },
  { id: 'N2', title: 'Code name derived from non-Latin text', severity: at(null, 'info', 'info') },
  { id: 'N3', title: 'Two bounded contexts with the same name', severity: at('warning', 'warning', 'warning') },
  { id: 'A1', title: 'Aggregate spread over several contexts', severity: at(null, 'warning', 'error') },
  { id: 'A2', title: 'Same name twice in one context', severity: at('info', 'warning', 'warning') },
  { id: 'A3', title: 'Aggregate field that looks like its identity under another name', severity: at(null, null, 'warning') },
  { id: 'X1', title: 'Cross-context event without async Boris edge', severity: at(null, 'warning', 'error') },
  { id: 'B3', title: 'Cycle of synchronous calls', severity: at(null, 'info', 'warning') },
  { id: 'M1', title: 'Context-map pattern on the wrong side', severity: at('error', 'error', 'error') },
  { id: 'M2', title: 'More than one relationship between two contexts', severity: at('error', 'error', 'error') },
  { id: 'H1', title: 'Open hotspot in the thin slice', severity: at('info', 'info', 'info') },
  { id: 'T1', title: 'Thin slice that cannot be driven end to end', severity: at(null, 'info', 'warning') },
  // Code is generated from the design level, so there S1/S2 are what code generation
  // sees: errors. The Checks panel and the Generate step then agree on one severity.
  { id: 'S1', title: 'Sticky outside every bounded context', severity: at('info', 'warning', 'error') },
  { id: 'S2', title: 'Sticky in several bounded contexts', severity: at('warning', 'warning', 'error') },
];

const BY_ID = new Map(LINT_RULES.map((r) => [r.id, r]));

/** Severity of a rule under the given options, or null when the rule is off. */
export function severityOf(ruleId: RuleId, options: LintOptions): Severity | null {
  // Code generation always reads S1/S2 at the design level's severity, whatever level is asked.
  if (options.forCodegen && (ruleId === 'S1' || ruleId === 'S2')) return BY_ID.get(ruleId)?.severity.design ?? null;
  if (ruleId === 'H1' && options.sliceId === undefined) return null;
  return BY_ID.get(ruleId)?.severity[options.level] ?? null;
}
