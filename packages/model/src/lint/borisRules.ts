import type { BoardIndex } from '../queries/boardIndex';
import { contextName } from '../queries/contexts';
import { crossBoundaryFlows } from '../queries/messaging';
import { quoted } from '../queries/names';
import type { BorisDiagram, BorisEdge } from '../derive/borisTypes';
import type { RawFinding } from './types';
import { asyncReach } from '../derive/asyncReach';

/**
 * X1: an event going from context A to a policy in context B needs an async path
 * A → topic → B (or A → B) on Boris. A derived diagram always has it, so this only
 * fires once a person hid edges.
 */
export function asyncEdgeRule(index: BoardIndex, boris: () => BorisDiagram): RawFinding[] {
  if (index.board.boris.hiddenEdgeIds.length === 0) return [];
  const reaches = asyncReach(boris());
  const out: RawFinding[] = [];
  for (const flow of crossBoundaryFlows(index)) {
    if (flow.source.kind !== 'context' || flow.consumer.sticky.kind !== 'policy') continue;
    const { contextId } = flow.source;
    if (reaches(`svc:${contextId}`, `svc:${flow.consumer.contextId}`)) continue;
    out.push({
      ruleId: 'X1',
      message:
        `Event ${quoted(flow.event)} goes from ${contextName(index, contextId)} to policy ${quoted(flow.consumer.sticky)} ` +
        `in ${contextName(index, flow.consumer.contextId)}, but Boris shows no async edge for it: show the topic's edges again or add an async edge.`,
      ids: [flow.event.id, flow.consumer.sticky.id, contextId, flow.consumer.contextId],
    });
  }
  return out;
}

/** Strongly connected components (Tarjan, iterative) of a directed graph with more than one node, each sorted. */
export function cycles(nodes: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (indexOf.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    indexOf.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; i: number };
      const succ = next.get(frame.node) ?? [];
      if (frame.i < succ.length) {
        const w = succ[frame.i++] as string;
        if (!indexOf.has(w)) {
          indexOf.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ node: w, i: 0 });
        } else if (onStack.has(w)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, indexOf.get(w) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === indexOf.get(frame.node)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.node);
        if (component.length > 1) out.push(component.sort());
      }
    }
  }
  return out;
}

/** B3: services calling each other synchronously in a cycle (visible Boris edges, people's included). */
export function syncCycleRule(boris: BorisDiagram): RawFinding[] {
  const labels = new Map(boris.nodes.filter((n) => n.kind === 'service').map((n) => [n.id, n.label]));
  const syncEdges = boris.edges.filter(
    (e) => !e.hidden && e.mode === 'sync' && e.from !== e.to && labels.has(e.from) && labels.has(e.to),
  );
  const targets = new Map<string, Set<string>>();
  for (const e of syncEdges) targets.set(e.from, (targets.get(e.from) ?? new Set<string>()).add(e.to));
  const next = new Map([...targets].map(([from, to]) => [from, [...to].sort()]));
  const out: RawFinding[] = [];
  for (const component of cycles([...labels.keys()].sort(), next)) {
    const members = new Set(component);
    const inCycle: BorisEdge[] = syncEdges.filter((e) => members.has(e.from) && members.has(e.to));
    const names = component.map((id) => labels.get(id) as string);
    const calls = inCycle.map((e) => `${labels.get(e.from)} → ${labels.get(e.to)}${e.label ? ` ("${e.label}")` : ''}`);
    out.push({
      ruleId: 'B3',
      message: `Services ${names.join(', ')} call each other synchronously in a cycle (${calls.join('; ')}): make one of these calls asynchronous.`,
      ids: [...new Set([...inCycle.flatMap((e) => e.sourceIds), ...inCycle.map((e) => e.id), ...component.map((id) => id.slice(4))])],
    });
  }
  return out;
}
