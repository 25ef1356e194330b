import { deriveBoris } from '../derive/deriveBoris';
import type { BorisDiagram } from '../derive/borisTypes';
import type { BoardOrIndex } from '../queries/boardIndex';
import { asIndex } from '../queries/boardIndex';
import { asyncEdgeRule, syncCycleRule } from './borisRules';
import { contextMapRule, duplicateRelationshipRule } from './contextMapRules';
import { aggregateContextRule, membershipRules, sliceHotspotRule } from './contextRules';
import { commandRules, eventRules, policyRules, readModelRules } from './flowRules';
import { lifecycleRule, outcomeRules, policyLoopRule, policyMappingRule } from './decisionRules';
import { identityRule } from './identityRule';
import { readModelKeyRule } from './readModelKeyRule';
import { codeNameRule, duplicateContextNameRule, duplicateNameRule, namingRules } from './namingRules';
import { severityOf } from './rules';
import { sliceDrivabilityRule } from './sliceRules';
import type { Finding, LintOptions, RawFinding, RuleId } from './types';
import { RULE_IDS } from './types';
import { compareIds } from '../schema/ids';

const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));

/**
 * Lints a board against every rule of reference §3 (E1, E2, C1–C3, P1–P3, R1, N1, A1,
 * A2, X1, B3, M1, H1, S1) plus S2 (a sticky in several contexts), N2 (derived code names),
 * N3 (two contexts of one name), M2 (two relationships for one pair of contexts), A3 (an
 * aggregate field that looks like its identity under another name) and the
 * design-decision rules of §7 (O1, O2, P4, P5, L1) and T1 (undrivable thin slices), at the given workshop
 * level; see `LINT_RULES` for each rule's severity per level. H1 runs only with
 * `sliceId`; `forCodegen` makes S1/S2 errors. Findings are sorted by rule (in the order
 * above), then by the ids involved, so the same board always gives the same list.
 * Linear in the size of the board.
 */
export function lintBoard(board: BoardOrIndex, options: LintOptions): Finding[] {
  const index = asIndex(board);
  const on = (ruleId: RuleId) => severityOf(ruleId, options) !== null;
  let boris: BorisDiagram | undefined;
  const getBoris = () => (boris ??= deriveBoris(index));

  const raw: RawFinding[] = [];
  if (on('E1') || on('E2')) raw.push(...eventRules(index));
  if (on('C1') || on('C2') || on('C3')) raw.push(...commandRules(index));
  if (on('P1') || on('P2') || on('P3')) raw.push(...policyRules(index));
  if (on('O1') || on('O2')) raw.push(...outcomeRules(index));
  if (on('P4')) raw.push(...policyMappingRule(index));
  if (on('P5')) raw.push(...policyLoopRule(index));
  if (on('L1')) raw.push(...lifecycleRule(index));
  if (on('R1')) raw.push(...readModelRules(index));
  if (on('R2')) raw.push(...readModelKeyRule(index));
  if (on('N1')) raw.push(...namingRules(index));
  if (on('N2')) raw.push(...codeNameRule(index));
  if (on('N3')) raw.push(...duplicateContextNameRule(index));
  if (on('A1')) raw.push(...aggregateContextRule(index));
  if (on('A2')) raw.push(...duplicateNameRule(index));
  if (on('A3')) raw.push(...identityRule(index));
  if (on('X1')) raw.push(...asyncEdgeRule(index, getBoris));
  if (on('B3')) raw.push(...syncCycleRule(getBoris()));
  if (on('M1')) raw.push(...contextMapRule(index));
  if (on('M2')) raw.push(...duplicateRelationshipRule(index));
  if (on('H1')) raw.push(...sliceHotspotRule(index, options.sliceId));
  if (on('T1')) raw.push(...sliceDrivabilityRule(index, getBoris));
  if (on('S1') || on('S2')) raw.push(...membershipRules(index));

  const findings: Finding[] = [];
  for (const f of raw) {
    const severity = severityOf(f.ruleId, options);
    if (severity !== null) findings.push({ ruleId: f.ruleId, severity, message: f.message, ids: f.ids });
  }
  return findings.sort(
    (a, b) =>
      (RULE_ORDER.get(a.ruleId) as number) - (RULE_ORDER.get(b.ruleId) as number) ||
      compareIds(a.ids.join('\u0000'), b.ids.join('\u0000')) ||
      compareIds(a.message, b.message),
  );
}
