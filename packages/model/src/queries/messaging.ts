import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from './boardIndex';
import { contextOfSticky } from './contexts';
import { issuersOfCommand, policiesOfEvent, producersOfEvent, readModelsOfEvent, targetsOfCommand } from './flow';

/** Where an event comes from: a bounded context (via its aggregates) or an external system. */
export type EventSource =
  | { readonly kind: 'context'; readonly contextId: string; readonly producerIds: readonly string[] }
  | { readonly kind: 'external'; readonly external: Sticky };

/**
 * Sources of an event. An aggregate producer counts for its own context (or the event's
 * when the aggregate sits outside every context); an event with no producer (timed, or
 * not modelled yet) comes from the context it sits in.
 */
export function sourcesOfEvent(index: BoardIndex, eventId: string): EventSource[] {
  const eventContext = contextOfSticky(index, eventId);
  const byContext = new Map<string, string[]>();
  const externals: EventSource[] = [];
  const producers = producersOfEvent(index, eventId);
  for (const producer of producers) {
    if (producer.kind === 'externalSystem') {
      externals.push({ kind: 'external', external: producer });
      continue;
    }
    const contextId = contextOfSticky(index, producer.id) ?? eventContext;
    if (contextId === null) continue;
    const ids = byContext.get(contextId);
    if (ids) ids.push(producer.id);
    else byContext.set(contextId, [producer.id]);
  }
  if (producers.length === 0 && eventContext !== null) byContext.set(eventContext, []);
  const out: EventSource[] = [];
  for (const [contextId, producerIds] of byContext) out.push({ kind: 'context', contextId, producerIds });
  return [...out, ...externals];
}

/** A policy or read model inside a context that reacts to an event. */
export interface EventConsumer {
  readonly contextId: string;
  /** The policy (activated by the event) or read model (updated by it). */
  readonly sticky: Sticky;
}

/** Policies and read models, inside a context, that the event activates or updates. */
export function consumersOfEvent(index: BoardIndex, eventId: string): EventConsumer[] {
  const out: EventConsumer[] = [];
  for (const sticky of [...policiesOfEvent(index, eventId), ...readModelsOfEvent(index, eventId)]) {
    const contextId = contextOfSticky(index, sticky.id);
    if (contextId !== null) out.push({ contextId, sticky });
  }
  return out;
}

/** An event crossing a boundary: from a context or external system to a consumer in another context. */
export interface EventFlow {
  readonly event: Sticky;
  readonly source: EventSource;
  readonly consumer: EventConsumer;
}

/**
 * Every event flow that crosses a boundary (reference §4): produced in context A (or by
 * an external system) and handled by a policy, or projected into a read model, in
 * context B ≠ A. In board order of events.
 */
export function crossBoundaryFlows(index: BoardIndex): EventFlow[] {
  const out: EventFlow[] = [];
  for (const event of index.board.stickies) {
    if (event.kind !== 'event') continue;
    const consumers = consumersOfEvent(index, event.id);
    if (consumers.length === 0) continue;
    for (const source of sourcesOfEvent(index, event.id)) {
      for (const consumer of consumers) {
        if (source.kind === 'context' && source.contextId === consumer.contextId) continue;
        out.push({ event, source, consumer });
      }
    }
  }
  return out;
}

/** One invocation of a command on an aggregate or external system, from where it is issued. */
export interface CommandCall {
  readonly command: Sticky;
  /** The policy, UI or actor issuing it; null when the command has no issuer. */
  readonly issuer: Sticky | null;
  /**
   * Context making the call: the issuing policy's or UI's context; for calls to an
   * external system without such an issuer, the command's own context.
   */
  readonly callerContextId: string | null;
  /** The aggregate or external system it is invoked on. */
  readonly target: Sticky;
  /** For an aggregate target: its context (or the command's, when the aggregate has none). */
  readonly targetContextId: string | null;
}

/** Every (issuer, command, target) triple on the board, in board order of commands. */
export function commandCalls(index: BoardIndex): CommandCall[] {
  const out: CommandCall[] = [];
  for (const command of index.board.stickies) {
    if (command.kind !== 'command') continue;
    const targets = targetsOfCommand(index, command.id);
    if (targets.length === 0) continue;
    const commandContext = contextOfSticky(index, command.id);
    const issuers: (Sticky | null)[] = issuersOfCommand(index, command.id);
    if (issuers.length === 0) issuers.push(null);
    for (const target of targets) {
      const targetContextId =
        target.kind === 'aggregate' ? (contextOfSticky(index, target.id) ?? commandContext) : null;
      for (const issuer of issuers) {
        const issuerContext =
          issuer && issuer.kind !== 'actor' ? contextOfSticky(index, issuer.id) : null;
        const callerContextId =
          issuerContext ?? (target.kind === 'externalSystem' && issuer?.kind !== 'ui' ? commandContext : null);
        out.push({ command, issuer, callerContextId, target, targetContextId });
      }
    }
  }
  return out;
}
