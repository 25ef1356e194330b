import type { StickyKind } from '../schema/notation';
import { KIND_STYLES } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from '../queries/boardIndex';
import { contextName, contextOfSticky, contextsOfSticky } from '../queries/contexts';
import { annotatedBy, commandsOfAggregate, eventsOfProducer } from '../queries/flow';
import { quoted } from '../queries/names';
import { sliceScope } from '../queries/slice';
import type { RawFinding } from './types';

const kindLabel = (sticky: Sticky) => KIND_STYLES[sticky.kind].label;

/** A1: an aggregate whose commands or events (or itself) sit in different contexts. */
export function aggregateContextRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const aggregate of index.board.stickies) {
    if (aggregate.kind !== 'aggregate') continue;
    const byContext = new Map<string, Sticky[]>();
    for (const sticky of [aggregate, ...commandsOfAggregate(index, aggregate.id), ...eventsOfProducer(index, aggregate.id)]) {
      const contextId = contextOfSticky(index, sticky.id);
      if (contextId === null) continue;
      byContext.set(contextId, [...(byContext.get(contextId) ?? []), sticky]);
    }
    if (byContext.size < 2) continue;
    const parts = [...byContext].map(([id, stickies]) => `${contextName(index, id)}: ${stickies.map(quoted).join(', ')}`);
    const ids = [aggregate.id, ...[...byContext.values()].flat().filter((s) => s !== aggregate).map((s) => s.id)];
    out.push({
      ruleId: 'A1',
      message: `Aggregate ${quoted(aggregate)} is spread over ${byContext.size} contexts (${parts.join('; ')}): an aggregate, its commands and its events belong to one context.`,
      ids: [...new Set(ids)],
    });
  }
  return out;
}

/** Kinds that must live in a bounded context to become code. */
const CODE_KINDS: readonly StickyKind[] = ['event', 'command', 'aggregate', 'policy', 'readModel'];

/** S1 (outside every context) and S2 (in several contexts). */
export function membershipRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const sticky of index.board.stickies) {
    if (!CODE_KINDS.includes(sticky.kind)) continue;
    const contexts = contextsOfSticky(index, sticky.id);
    if (contexts.length === 0) {
      out.push({
        ruleId: 'S1',
        message: `${kindLabel(sticky)} ${quoted(sticky)} is outside every bounded context: put it inside the context it belongs to.`,
        ids: [sticky.id],
      });
    } else if (contexts.length > 1) {
      out.push({
        ruleId: 'S2',
        message: `${kindLabel(sticky)} ${quoted(sticky)} is in ${contexts.length} bounded contexts (${contexts.map((c) => contextName(index, c)).join(', ')}): keep it in one.`,
        ids: [sticky.id, ...contexts],
      });
    }
  }
  return out;
}

/** H1: open hotspots on the stickies of the selected thin slice. */
export function sliceHotspotRule(index: BoardIndex, sliceId: string | undefined): RawFinding[] {
  if (sliceId === undefined) return [];
  const scope = sliceScope(index, sliceId);
  if (!scope) return [];
  const sliceName = index.board.slices.find((s) => s.id === sliceId)?.name.trim() || 'the selected slice';
  const out: RawFinding[] = [];
  for (const hotspot of index.board.stickies) {
    if (hotspot.kind !== 'hotspot' || hotspot.resolved) continue;
    const on = annotatedBy(index, hotspot.id).filter((s) => scope.stickyIds.has(s.id));
    if (on.length === 0) continue;
    out.push({
      ruleId: 'H1',
      message: `Open hotspot ${quoted(hotspot)} on ${on.map((s) => `${kindLabel(s).toLowerCase()} ${quoted(s)}`).join(', ')} in thin slice "${sliceName}": resolve it before building the slice.`,
      ids: [hotspot.id, ...on.map((s) => s.id)],
    });
  }
  return out;
}
