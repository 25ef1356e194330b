import type { SnapSection } from '@stormscape/model';
import { deriveSnap } from '@stormscape/model';
import { oneLine } from '../naming/words';
import type { BoardStructure } from './structure';
import type { RiskPlan } from './types';

/**
 * What the team decided on a service's SNAP-E sheet (reference §1, §4), as code
 * generation reads it.
 *
 * - A **dismissed API** (a command or read-model query) is still generated — other
 *   generated code (policies, tests) and people's handlers depend on it while the sticky
 *   is on the board — but marked: the operation carries `x-stormscape-dismissed` and a
 *   note in its description, the service README says so, and `generate` warns.
 * - Hand-written **risks** join the hotspots in `x-risks`; hand-written **APIs** cannot be
 *   generated from free text, so `generate` warns (add a command or read model sticky);
 *   other hand-written entries are listed in the service README.
 * - Other dismissed entries are generated as the board has them, with a warning.
 */
export interface SnapDecisions {
  /** Sticky ids (commands, read models) whose API entry is dismissed. */
  readonly dismissedApis: ReadonlySet<string>;
  readonly manualRisks: readonly RiskPlan[];
  /** Hand-written entries other than risks, for the README. */
  readonly notes: readonly { readonly section: SnapSection; readonly text: string }[];
  readonly warnings: readonly string[];
}

export function snapDecisions(structure: BoardStructure, contextId: string, contextName: string): SnapDecisions {
  const sheet = deriveSnap(structure.index, contextId);
  const dismissedApis = new Set<string>();
  const manualRisks: RiskPlan[] = [];
  const notes: { section: SnapSection; text: string }[] = [];
  const warnings: string[] = [];
  for (const entries of Object.values(sheet.sections)) {
    for (const entry of entries) {
      const text = oneLine(entry.text);
      if (!entry.derived) {
        if (entry.dismissed) continue;
        if (entry.section === 'risks') manualRisks.push({ id: entry.id, text, description: '', resolved: false });
        else notes.push({ section: entry.section, text });
        if (entry.section === 'apis') warnings.push(`${contextName}: the hand-written SNAP-E API "${text}" is not generated (free text); add a command or read model sticky for it.`);
        continue;
      }
      if (!entry.dismissed) continue;
      if (entry.section === 'apis') {
        for (const id of entry.sourceIds) {
          const kind = structure.index.stickyById.get(id)?.kind;
          if (kind === 'command' || kind === 'readModel') dismissedApis.add(id);
        }
        warnings.push(`${contextName}: the API "${text}" is dismissed on the SNAP-E sheet but still on the board, so it is generated, marked x-stormscape-dismissed.`);
      } else if (entry.section !== 'stories' && entry.section !== 'risks') {
        warnings.push(`${contextName}: "${text}" (${entry.section}) is dismissed on the SNAP-E sheet but still on the board, so it is generated as the board has it.`);
      }
    }
  }
  return { dismissedApis, manualRisks, notes, warnings };
}
