import type { ProjectPlan } from '../plan/types';
import type { SlicesPlan } from '../slices/slicePlan';
import { operationRows } from './view/contextView';
import { mavenGroup } from '../naming/javaNames';
import type { ServiceTarget } from '../system/systemPlan';
import { sliceChecks, systemView } from './systemView';

/** What the root (index) templates see. */
export function projectView(plan: ProjectPlan, slices: SlicesPlan = { tests: [], undrivable: [] }, targets: ReadonlyMap<string, ServiceTarget> = new Map()) {
  return {
    boardName: plan.boardName,
    groupId: mavenGroup(plan.boardName),
    contexts: plan.contexts.map((c) => {
      const operations = operationRows(c);
      return { id: c.id, name: c.name, slug: c.slug, operations, operationCount: operations.length + 1, publishedCount: c.published.length, receivedCount: c.subscribed.length };
    }),
    flows: plan.flows.map((f) => ({ pascal: f.event.pascal, channel: f.event.channel, from: f.from, to: f.to.join(', ') })),
    syncCalls: plan.syncCalls,
    warnings: plan.warnings,
    sliceTests: slices.tests.map((t) => ({ name: t.name, path: t.path, file: `slices/${t.fileName}.test.mjs`, events: t.steps.map((s) => s.event).join(' → '), checks: sliceChecks(t) })),
    system: systemView(plan, targets),
    undrivableSlices: slices.undrivable.map((u) => ({ name: u.name, reasons: u.reasons })),
  };
}
