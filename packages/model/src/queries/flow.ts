import { STICKY_KINDS } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex } from './boardIndex';
import { neighbours } from './boardIndex';

// One helper per grammar relation (reference §3), named from the point of view of the
// sticky asked about. All ignore links that break the grammar.

/** Aggregates and external systems that produce an event. */
export function producersOfEvent(index: BoardIndex, eventId: string): Sticky[] {
  return neighbours(index, eventId, 'in', 'produces', ['aggregate', 'externalSystem']);
}

/** Events an aggregate or external system produces. */
export function eventsOfProducer(index: BoardIndex, producerId: string): Sticky[] {
  return neighbours(index, producerId, 'out', 'produces', ['event']);
}

/** Commands invoked on an aggregate or external system. */
export function commandsOfAggregate(index: BoardIndex, aggregateId: string): Sticky[] {
  return neighbours(index, aggregateId, 'in', 'invokedOn', ['command']);
}

/** Aggregates and external systems a command is invoked on. */
export function targetsOfCommand(index: BoardIndex, commandId: string): Sticky[] {
  return neighbours(index, commandId, 'out', 'invokedOn', ['aggregate', 'externalSystem']);
}

/** Actors, UIs and policies that issue a command. */
export function issuersOfCommand(index: BoardIndex, commandId: string): Sticky[] {
  return neighbours(index, commandId, 'in', 'issues', ['actor', 'ui', 'policy']);
}

/** Commands an actor, UI or policy issues. */
export function commandsIssuedBy(index: BoardIndex, issuerId: string): Sticky[] {
  return neighbours(index, issuerId, 'out', 'issues', ['command']);
}

/**
 * Events a command *could* lead to: everything its targets produce (the choices for its
 * outcomes). What it does lead to is `eventsOfCommand`, decided on the board.
 */
export function producibleEventsOfCommand(index: BoardIndex, commandId: string): Sticky[] {
  const out = new Map<string, Sticky>();
  for (const target of targetsOfCommand(index, commandId)) {
    for (const event of eventsOfProducer(index, target.id)) out.set(event.id, event);
  }
  return [...out.values()];
}

/** Policies an event activates. */
export function policiesOfEvent(index: BoardIndex, eventId: string): Sticky[] {
  return neighbours(index, eventId, 'out', 'activates', ['policy']);
}

/** Events that activate a policy. */
export function eventsOfPolicy(index: BoardIndex, policyId: string): Sticky[] {
  return neighbours(index, policyId, 'in', 'activates', ['event']);
}

/** Whether two stickies' rectangles (top-left position + size) overlap. */
export function stickiesOverlap(a: Sticky, b: Sticky): boolean {
  return (
    a.position.x < b.position.x + b.size.width &&
    b.position.x < a.position.x + a.size.width &&
    a.position.y < b.position.y + b.size.height &&
    b.position.y < a.position.y + a.size.height
  );
}

/**
 * Actors stuck onto a policy sticky (rectangles overlapping), the usual way to draw a
 * manual policy; the grammar has no policy–actor link.
 */
export function actorsOnPolicy(index: BoardIndex, policyId: string): Sticky[] {
  const policy = index.stickyById.get(policyId);
  if (!policy) return [];
  return index.actors.filter((actor) => stickiesOverlap(actor, policy));
}

/**
 * Actors of a policy: those stuck onto it, and those who issue a command the policy
 * issues ("whenever X, the chef does Y").
 */
export function actorsOfPolicy(index: BoardIndex, policyId: string): Sticky[] {
  const out = new Map<string, Sticky>();
  for (const actor of actorsOnPolicy(index, policyId)) out.set(actor.id, actor);
  for (const command of commandsIssuedBy(index, policyId)) {
    for (const issuer of neighbours(index, command.id, 'in', 'issues', ['actor'])) out.set(issuer.id, issuer);
  }
  return [...out.values()];
}

/** Read models an event updates. */
export function readModelsOfEvent(index: BoardIndex, eventId: string): Sticky[] {
  return neighbours(index, eventId, 'out', 'updates', ['readModel']);
}

/** Events that update a read model. */
export function eventsOfReadModel(index: BoardIndex, readModelId: string): Sticky[] {
  return neighbours(index, readModelId, 'in', 'updates', ['event']);
}

/** Policies and actors a read model informs, plus actors that observe it. */
export function usersOfReadModel(index: BoardIndex, readModelId: string): Sticky[] {
  const out = new Map<string, Sticky>();
  for (const s of neighbours(index, readModelId, 'out', 'informs', ['policy', 'actor'])) out.set(s.id, s);
  for (const s of neighbours(index, readModelId, 'in', 'observes', ['actor'])) out.set(s.id, s);
  return [...out.values()];
}

/** Stickies a hotspot, opportunity or note annotates. */
export function annotatedBy(index: BoardIndex, annotatorId: string): Sticky[] {
  return neighbours(index, annotatorId, 'out', 'annotates', STICKY_KINDS);
}

/** Hotspots, opportunities and notes annotating a sticky. */
export function annotationsOf(index: BoardIndex, stickyId: string): Sticky[] {
  return neighbours(index, stickyId, 'in', 'annotates', ['hotspot', 'opportunity', 'note']);
}
