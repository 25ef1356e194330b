import type { EdgeMode } from '../schema/BorisOverrides';
import type { StickyKind } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from '../queries/boardIndex';
import { neighbours } from '../queries/boardIndex';
import { contextName, contextOfSticky } from '../queries/contexts';
import type { CommandCall } from '../queries/messaging';
import { commandCalls, consumersOfEvent, sourcesOfEvent } from '../queries/messaging';
import { nameKey, stickyName } from '../queries/names';
import type { BorisNodeKind } from './borisTypes';
import { compareIds } from '../schema/ids';

/** A derived node before overrides. */
export interface RawNode {
  id: string;
  kind: BorisNodeKind;
  label: string;
  contextId: string | null;
  sourceIds: string[];
}

/** A derived edge before overrides; `touches` are the sticky ids a slice must contain to keep it. */
export interface RawEdge {
  id: string;
  from: string;
  to: string;
  mode: EdgeMode;
  labels: string[];
  sourceIds: string[];
  touches: string[];
}

/** The derived Boris graph of a whole board, without overrides. */
export interface RawBoris {
  nodes: Map<string, RawNode>;
  edges: Map<string, RawEdge>;
}

const addUnique = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/** Boris node id of a bounded context's service. */
export const serviceNodeId = (contextId: string): string => `svc:${contextId}`;
/** Boris node id of an event's topic. */
export const topicNodeId = (eventId: string): string => `topic:${eventId}`;

/**
 * Node ids of external systems or UIs: stickies with the same name are one node,
 * named after the smallest sticky id (boards repeat "Payment Provider" all over).
 */
function groupByName(index: BoardIndex, kind: StickyKind, prefix: string): Map<string, { id: string; stickies: Sticky[] }> {
  const groups = new Map<string, Sticky[]>();
  for (const sticky of index.board.stickies) {
    if (sticky.kind !== kind) continue;
    const key = nameKey(sticky.text) || `#${sticky.id}`;
    const group = groups.get(key);
    if (group) group.push(sticky);
    else groups.set(key, [sticky]);
  }
  const byStickyId = new Map<string, { id: string; stickies: Sticky[] }>();
  for (const stickies of groups.values()) {
    stickies.sort((a, b) => compareIds(a.id, b.id));
    const node = { id: `${prefix}:${(stickies[0] as Sticky).id}`, stickies };
    for (const s of stickies) byStickyId.set(s.id, node);
  }
  return byStickyId;
}

/** Derives the Boris graph of the whole board (reference §4), before slicing and overrides. */
export function deriveRawBoris(index: BoardIndex): RawBoris {
  const nodes = new Map<string, RawNode>();
  const edges = new Map<string, RawEdge>();

  const node = (id: string, kind: BorisNodeKind, label: string, contextId: string | null, sourceIds: string[]) => {
    const existing = nodes.get(id);
    if (existing) for (const s of sourceIds) addUnique(existing.sourceIds, s);
    else nodes.set(id, { id, kind, label, contextId, sourceIds: [...sourceIds] });
  };
  const edge = (id: string, from: string, to: string, mode: EdgeMode, label: string, sourceIds: string[], touches: string[]) => {
    const existing = edges.get(id);
    if (existing) {
      addUnique(existing.labels, label);
      for (const s of sourceIds) addUnique(existing.sourceIds, s);
      for (const s of touches) addUnique(existing.touches, s);
    } else edges.set(id, { id, from, to, mode, labels: [label], sourceIds: [...sourceIds], touches: [...touches] });
  };

  for (const context of index.contextById.values()) {
    node(serviceNodeId(context.id), 'service', contextName(index, context.id), context.id, [context.id]);
  }
  const externals = groupByName(index, 'externalSystem', 'ext');
  const uis = groupByName(index, 'ui', 'ui');
  for (const group of new Set(externals.values())) {
    const first = group.stickies[0] as Sticky;
    node(group.id, 'external', stickyName(first), null, group.stickies.map((s) => s.id));
  }
  for (const group of new Set(uis.values())) {
    const first = group.stickies[0] as Sticky;
    node(group.id, 'ui', stickyName(first), contextOfSticky(index, first.id), group.stickies.map((s) => s.id));
  }
  const externalNode = (sticky: Sticky) => externals.get(sticky.id)?.id ?? `ext:${sticky.id}`;
  const uiNode = (sticky: Sticky) => uis.get(sticky.id)?.id ?? `ui:${sticky.id}`;

  // Async: one topic per event crossing a boundary (or marked public).
  for (const event of index.board.stickies) {
    if (event.kind !== 'event') continue;
    const consumers = consumersOfEvent(index, event.id);
    const sources = sourcesOfEvent(index, event.id);
    const topic = topicNodeId(event.id);
    const name = stickyName(event);
    for (const source of sources) {
      const publisher = source.kind === 'context' ? serviceNodeId(source.contextId) : externalNode(source.external);
      const foreign = consumers.filter((c) => source.kind === 'external' || c.contextId !== source.contextId);
      if (foreign.length === 0 && !(event.public && source.kind === 'context')) continue;
      const producerIds = source.kind === 'context' ? [...source.producerIds] : [source.external.id];
      const contextId = sources.find((s) => s.kind === 'context')?.contextId ?? null;
      node(topic, 'topic', name, source.kind === 'context' ? source.contextId : contextId, [event.id]);
      edge(`edge:async:${publisher}:${topic}`, publisher, topic, 'async', name, [...producerIds, event.id], [event.id]);
      for (const consumer of foreign) {
        const subscriber = serviceNodeId(consumer.contextId);
        edge(`edge:async:${topic}:${subscriber}`, topic, subscriber, 'async', stickyName(consumer.sticky), [event.id, consumer.sticky.id], [event.id]);
      }
    }
  }

  // Sync: commands issued from one context (policy or UI in it) onto another, or onto an external system.
  const sync = (from: string, to: string, call: CommandCall) => {
    const sourceIds = [...(call.issuer ? [call.issuer.id] : []), call.command.id, call.target.id];
    edge(`edge:sync:${from}:${to}:${call.command.id}`, from, to, 'sync', stickyName(call.command), sourceIds, [call.command.id]);
  };
  for (const call of commandCalls(index)) {
    const caller = call.callerContextId === null ? null : serviceNodeId(call.callerContextId);
    const callee =
      call.target.kind === 'externalSystem'
        ? externalNode(call.target)
        : call.targetContextId === null
          ? null
          : serviceNodeId(call.targetContextId);
    if (call.issuer?.kind === 'ui') {
      const ui = uiNode(call.issuer);
      // A UI inside context A is A's front end: it calls A, which calls on.
      if (caller) sync(ui, caller, call);
      else if (callee) sync(ui, callee, call);
    }
    if (call.issuer?.kind === 'actor' && call.target.kind === 'aggregate') continue;
    if (caller && callee && caller !== callee) sync(caller, callee, call);
  }

  // Sync queries: a policy in B deciding on a read model kept in A asks A.
  for (const policy of index.board.stickies) {
    if (policy.kind !== 'policy') continue;
    const policyContext = contextOfSticky(index, policy.id);
    if (policyContext === null) continue;
    for (const readModel of neighbours(index, policy.id, 'in', 'informs', ['readModel'])) {
      const readModelContext = contextOfSticky(index, readModel.id);
      if (readModelContext === null || readModelContext === policyContext) continue;
      const from = serviceNodeId(policyContext);
      const to = serviceNodeId(readModelContext);
      edge(`edge:sync:${from}:${to}:${readModel.id}`, from, to, 'sync', stickyName(readModel), [policy.id, readModel.id], [policy.id, readModel.id]);
    }
  }
  return { nodes, edges };
}
