import { asyncReach } from '../derive/asyncReach';
import { serviceNodeId, topicNodeId } from '../derive/borisGraph';
import type { BorisDiagram } from '../derive/borisTypes';
import { deriveBoris } from '../derive/deriveBoris';
import type { BoardIndex, BoardOrIndex } from '../queries/boardIndex';
import { asIndex } from '../queries/boardIndex';
import { contextName, contextOfSticky } from '../queries/contexts';
import { commandsOfEvent, creatingCommand, eventsOfCommand, fieldNameKey, lifecycleOf, lifecycleStateFor, policyMapping } from '../queries/decisions';
import { eventsOfPolicy, issuersOfCommand, producersOfEvent, readModelsOfEvent, targetsOfCommand } from '../queries/flow';
import { quoted } from '../queries/names';
import { aggregateIdName, readModelKey, readModelKeyOf, requiredFieldNamed } from '../queries/readModelKey';
import type { OutcomeKind } from '../schema/Decisions';
import type { Field } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import type { ThinSlice } from '../schema/ThinSlice';
import { isMomentField, openFieldsOfCall, requiredFieldLike } from './openFields';

/**
 * How one event of a thin slice comes about when the generated system plays it:
 * `drive` — a person (actor or UI) issues the command, so a test sends it through the
 * gateway; `policy` — a policy reacts to an earlier event of the slice and issues it.
 */
export interface SliceCommandStep {
  readonly event: Sticky;
  readonly command: Sticky;
  readonly outcome: OutcomeKind;
  /** The aggregate the command is invoked on, and its context (the service that runs it). */
  readonly aggregate: Sticky;
  readonly contextId: string;
  readonly cause: 'drive' | 'policy';
  /** The actor or UI (drive) or the policy (policy) issuing the command. */
  readonly issuer: Sticky;
  /** policy: the earlier event of the slice that activates it. */
  readonly after: Sticky | null;
  /** Whether the command creates the aggregate (`creatingCommand`). */
  readonly creates: boolean;
  /** rejection: the lifecycle state the aggregate is in, which the command is not accepted in. */
  readonly refusedIn: string | null;
}

/**
 * A timed event the slice waits for: the service of its context raises it `duration` after
 * an earlier event of the slice (its "after" schedule), so a test waits for it, bounded.
 */
export interface SliceTimerStep {
  readonly event: Sticky;
  readonly cause: 'timer';
  readonly outcome: 'success';
  /** The earlier event of the slice that starts the timer. */
  readonly after: Sticky;
  /** ISO 8601 duration, e.g. "PT1M". */
  readonly duration: string;
  /** The context whose service raises it. */
  readonly contextId: string;
}

export type SliceStep = SliceCommandStep | SliceTimerStep;

/** A read model the slice's events update, with its key. */
export interface SliceReadModel {
  readonly readModel: Sticky;
  readonly contextId: string;
  readonly key: Field;
  /** The slice's events that update it, in slice order. */
  readonly events: readonly Sticky[];
}

/** Why a slice cannot be driven: one sentence naming the stickies, and their ids (most important first). */
export interface SliceProblem {
  readonly message: string;
  readonly ids: readonly string[];
}

/** Whether the generated system can play a thin slice end to end, and if not why. */
export interface SliceDrivability {
  readonly slice: ThinSlice;
  readonly drivable: boolean;
  /** One per slice event that could be explained, in slice order. */
  readonly steps: readonly SliceStep[];
  readonly readModels: readonly SliceReadModel[];
  readonly problems: readonly SliceProblem[];
}

interface Walk {
  readonly index: BoardIndex;
  readonly reaches: (from: string, to: string, via?: string) => boolean;
  readonly seen: Sticky[];
  /** Aggregates the slice has created so far → their lifecycle state (null: none recorded). */
  readonly state: Map<string, string | null>;
  readonly problems: SliceProblem[];
}

/** Records a reason once (a later step on the same missing aggregate says the same thing). */
const problem = (walk: Walk, message: string, ...ids: string[]) => {
  if (!walk.problems.some((p) => p.message === message)) walk.problems.push({ message, ids });
};

/** Why nothing produces `event` in the generated system, when no command records it. */
function unproduced(walk: Walk, event: Sticky): void {
  const external = producersOfEvent(walk.index, event.id).find((p) => p.kind === 'externalSystem');
  if (external) problem(walk, `${quoted(event)} comes from the external system ${quoted(external)}, which the generated system does not run.`, event.id, external.id);
  else problem(walk, `No command records ${quoted(event)} as an outcome: record it on the command that produces it.`, event.id);
}

/**
 * A timed event as a step: only one due a duration after an earlier event of the slice,
 * raised by the service that publishes that event (its scheduler writes the timer with it).
 * A cron schedule happens at wall-clock moments nothing in the slice starts or moves.
 */
function timerStep(walk: Walk, event: Sticky): SliceTimerStep | null {
  const { index } = walk;
  const schedule = event.schedule;
  if (!schedule) {
    problem(walk, `${quoted(event)} is a timed event with no schedule: record when it happens (a duration after an earlier event of the slice).`, event.id);
    return null;
  }
  if (schedule.kind === 'cron') {
    problem(walk, `${quoted(event)} happens on the cron schedule "${schedule.expression}", at wall-clock moments nothing in the slice starts or brings forward, so a test cannot wait for it: only a timed event due a duration after an earlier event of the slice can be played.`, event.id);
    return null;
  }
  const after = walk.seen.find((e) => e.id === schedule.eventId);
  if (!after) {
    const trigger = index.stickyById.get(schedule.eventId);
    problem(walk, `${quoted(event)} is due ${schedule.duration} after ${trigger ? quoted(trigger) : 'an event no longer on the board'}, which is not an earlier event of the slice: put it before ${quoted(event)}.`, event.id, ...(trigger ? [trigger.id] : []));
    return null;
  }
  const contextId = contextOfSticky(index, event.id);
  if (contextId === null) {
    problem(walk, `${quoted(event)} sits outside every bounded context, so no service raises it.`, event.id);
    return null;
  }
  const from = sourceContext(index, after, producersOfEvent(index, after.id).find((p) => p.kind === 'aggregate'));
  if (from !== contextId) {
    const where = from === null ? 'no bounded context' : contextName(index, from);
    problem(walk, `${quoted(event)} (${contextName(index, contextId)}) is due after ${quoted(after)}, which ${where} publishes: a service raises timers only after its own events, so put it in that context.`, event.id, after.id);
    return null;
  }
  return { event, cause: 'timer', outcome: 'success', after, duration: schedule.duration, contextId };
}

/** The policy issuing `command` that an earlier event of the slice activates, with that event. */
function policyCause(walk: Walk, command: Sticky): { policy: Sticky; after: Sticky } | null {
  for (const issuer of issuersOfCommand(walk.index, command.id)) {
    if (issuer.kind !== 'policy') continue;
    const triggers = new Set(eventsOfPolicy(walk.index, issuer.id).map((e) => e.id));
    const after = [...walk.seen].reverse().find((e) => triggers.has(e.id));
    if (after) return { policy: issuer, after };
  }
  return null;
}

/** The context an event is published from: its producing aggregate's, else its own. */
const sourceContext = (index: BoardIndex, event: Sticky, aggregate: Sticky | undefined) =>
  (aggregate ? contextOfSticky(index, aggregate.id) : null) ?? contextOfSticky(index, event.id);

/** Checks a policy step: complete mapping, a known aggregate id, an async Boris path across contexts. */
function checkPolicy(walk: Walk, policy: Sticky, after: Sticky, command: Sticky, aggregate: Sticky, creates: boolean): void {
  const { index } = walk;
  const policyContext = contextOfSticky(index, policy.id);
  if (policyContext === null) {
    problem(walk, `Policy ${quoted(policy)} sits outside every bounded context, so no service reacts to ${quoted(after)}.`, policy.id);
    return;
  }
  const mapping = policyMapping(index, policy.id).find((m) => m.command.id === command.id);
  if (mapping && mapping.unmappedRequired.length > 0) {
    const fields = mapping.unmappedRequired.map((f) => `"${f.name}"`).join(', ');
    problem(walk, `Policy ${quoted(policy)} leaves ${fields} of ${quoted(command)} unmapped: map ${mapping.unmappedRequired.length > 1 ? 'them' : 'it'} from ${quoted(after)}, a constant or a read model.`, policy.id, command.id);
  }
  if (!creates) {
    const idName = aggregateIdName(aggregate);
    const mapped = mapping?.fields.some((f) => fieldNameKey(f.field.name) === fieldNameKey(idName) && f.origin !== 'unmapped' && f.origin !== 'stale');
    if (!mapped && !requiredFieldNamed(after, idName)) {
      problem(walk, `Nothing tells policy ${quoted(policy)} which ${quoted(aggregate)} to act on: ${quoted(after)} carries no "${idName}" and the mapping gives none.`, policy.id, after.id);
    }
  }
  const producer = producersOfEvent(index, after.id).find((p) => p.kind === 'aggregate');
  const from = sourceContext(index, after, producer);
  if (from !== null && from !== policyContext && !walk.reaches(serviceNodeId(from), serviceNodeId(policyContext), topicNodeId(after.id))) {
    problem(
      walk,
      `${quoted(after)} goes from ${contextName(index, from)} to policy ${quoted(policy)} in ${contextName(index, policyContext)}, but Boris shows no async edge for it.`,
      after.id,
      policy.id,
    );
  }
}

/** Explains one slice event as a step, or records why it cannot be played. */
function stepOf(walk: Walk, event: Sticky, first: boolean): SliceStep | null {
  const { index } = walk;
  const commands = commandsOfEvent(index, event.id);
  if (commands.length === 0) {
    if (event.timed && !producersOfEvent(index, event.id).some((p) => p.kind === 'externalSystem')) return timerStep(walk, event);
    unproduced(walk, event);
    return null;
  }
  // Prefer the command a policy issues in reaction to the slice (the automated chain), then one a person issues.
  const candidates = commands.map((command) => ({ command, cause: first ? null : policyCause(walk, command) }));
  const chosen = candidates.find((c) => c.cause !== null) ?? candidates.find((c) => issuersOfCommand(index, c.command.id).some((i) => i.kind !== 'policy')) ?? candidates[0];
  if (!chosen) return null;
  const { command, cause } = chosen;
  const outcome = eventsOfCommand(index, command.id).find((o) => o.event.id === event.id)?.kind ?? 'success';
  const target = targetsOfCommand(index, command.id)[0];
  if (!target || target.kind !== 'aggregate') {
    const what = target ? `the external system ${quoted(target)}` : 'nothing';
    problem(walk, `${quoted(event)} is the outcome of ${quoted(command)}, invoked on ${what}: the generated system cannot make it happen.`, event.id, command.id, ...(target ? [target.id] : []));
    return null;
  }
  const contextId = contextOfSticky(index, target.id) ?? contextOfSticky(index, command.id);
  if (contextId === null) {
    problem(walk, `${quoted(target)} sits outside every bounded context, so no service handles ${quoted(command)}.`, target.id, command.id);
    return null;
  }
  const person = issuersOfCommand(index, command.id).find((i) => i.kind === 'actor' || i.kind === 'ui');
  if (cause === null && !person) {
    const why = first
      ? `its command ${quoted(command)} is issued by no actor or UI, so nothing can start the slice`
      : `no earlier event of the slice triggers a policy issuing ${quoted(command)}, and no actor or UI issues it`;
    problem(walk, `${quoted(event)} cannot happen: ${why}.`, command.id, event.id);
    return null;
  }
  const creates = creatingCommand(index, target.id)?.id === command.id;
  if (cause !== null) checkPolicy(walk, cause.policy, cause.after, command, target, creates);
  const refusedIn = checkState(walk, event, command, target, creates, outcome);
  for (const open of openFieldsOfCall(index, command, target, event, outcome)) {
    problem(walk, `Nothing fills the required field "${open.field.name}" of ${quoted(open.owner)} when ${quoted(command)} runs: add it to the command, or map it.`, open.owner.id, command.id);
  }
  return {
    event,
    command,
    outcome,
    aggregate: target,
    contextId,
    cause: cause === null ? 'drive' : 'policy',
    issuer: cause?.policy ?? (person as Sticky),
    after: cause?.after ?? null,
    creates,
    refusedIn,
  };
}

/**
 * Follows the aggregate through the slice: a command on an existing aggregate needs the
 * slice to have created it; a success moves it to the state its event leads to; a
 * rejection happens by default only where the lifecycle refuses the command in the
 * current state (anything else is people's rule). Returns that state for a rejection.
 */
function checkState(walk: Walk, event: Sticky, command: Sticky, aggregate: Sticky, creates: boolean, outcome: OutcomeKind): string | null {
  const { index } = walk;
  const lifecycle = lifecycleOf(index, aggregate.id);
  const current = walk.state.get(aggregate.id);
  if (creates) {
    if (outcome === 'rejection') {
      problem(walk, `${quoted(event)} refuses creating a ${quoted(aggregate)}: only people's code decides that, the generated default accepts ${quoted(command)}.`, event.id, command.id);
      return null;
    }
    walk.state.set(aggregate.id, lifecycle?.resultingState.get(event.id) ?? null);
    return null;
  }
  if (current === undefined) {
    problem(walk, `${quoted(command)} acts on an existing ${quoted(aggregate)}, but no earlier event of the slice creates one: start with ${quoted(creatingCommand(index, aggregate.id) ?? command)}'s event.`, command.id, aggregate.id);
    return null;
  }
  const accepted = lifecycle?.commands.find((c) => c.command.id === command.id)?.acceptedIn ?? null;
  const refused = current !== null && accepted !== null && !accepted.includes(current);
  if (outcome === 'rejection') {
    if (refused) return current;
    const why = current === null ? `the board records no state for ${quoted(aggregate)} there` : `${quoted(command)} is accepted while it is "${current}"`;
    problem(walk, `Nothing makes ${quoted(command)} refuse, so ${quoted(event)} cannot happen by default: ${why}. Record the states it is accepted in.`, event.id, command.id, aggregate.id);
    return null;
  }
  if (refused) {
    problem(walk, `${quoted(command)} would be refused: ${quoted(aggregate)} is "${current}", and it is accepted only in ${(accepted ?? []).map((s) => `"${s}"`).join(', ')}.`, command.id, aggregate.id);
    return null;
  }
  const next = lifecycle?.resultingState.get(event.id);
  if (next !== undefined) walk.state.set(aggregate.id, next);
  return null;
}

/** The read models the slice's events update, each with its key; records those without one. */
function readModelsOf(walk: Walk, events: readonly Sticky[]): SliceReadModel[] {
  const { index } = walk;
  const byId = new Map<string, { readModel: Sticky; events: Sticky[] }>();
  for (const event of events) {
    for (const readModel of readModelsOfEvent(index, event.id)) {
      const entry = byId.get(readModel.id) ?? { readModel, events: [] };
      entry.events.push(event);
      byId.set(readModel.id, entry);
    }
  }
  const out: SliceReadModel[] = [];
  for (const { readModel, events: feeding } of byId.values()) {
    const contextId = contextOfSticky(index, readModel.id);
    const key = readModelKey(index, readModel.id);
    if (contextId === null) {
      problem(walk, `Read model ${quoted(readModel)} sits outside every bounded context, so no service answers it.`, readModel.id);
      continue;
    }
    if (!key) {
      problem(walk, `Read model ${quoted(readModel)} has no key field recorded (one of its fields as its row key), so which row ${feeding.map(quoted).join(', ')} update${feeding.length > 1 ? '' : 's'} is open.`, readModel.id);
      continue;
    }
    // The board's decision says how each event finds its row (`readModelKeyOf`); one that starts a new row each time, or finds none, breaks the slice's one row.
    const rows = readModelKeyOf(index, readModel.id)?.events ?? [];
    const lacking = feeding.filter((e) => rows.find((r) => r.event.id === e.id)?.kind !== 'find');
    if (lacking.length > 0) {
      const row = rows.find((r) => r.event.id === lacking[0]?.id);
      const why = row?.kind === 'open' ? row.why : 'it creates a new row each time';
      problem(walk, `${lacking.map(quoted).join(', ')} ${lacking.length > 1 ? 'do' : 'does'} not find ${lacking.length > 1 ? 'their row' : 'its row'} of read model ${quoted(readModel)} by its key "${key.name}" (${why}): record how, adding the field if the event lacks it.`, ...lacking.map((e) => e.id), readModel.id);
      continue;
    }
    const first = feeding[0] as Sticky;
    const unfilled = (readModel.fields ?? []).filter((f) => f !== key && f.required && !f.list && !isMomentField(f) && !requiredFieldLike(first, f) && lifecycleStateFor(index, first.id, f) === undefined);
    if (unfilled.length > 0) {
      const names = unfilled.map((f) => `"${f.name}"`).join(', ');
      problem(walk, `A new row of read model ${quoted(readModel)} needs ${names}, which ${quoted(first)} does not carry: add ${unfilled.length > 1 ? 'them' : 'it'} to the event, or make ${unfilled.length > 1 ? 'them' : 'it'} optional.`, readModel.id, first.id);
      continue;
    }
    out.push({ readModel, contextId, key, events: feeding });
  }
  return out;
}

/**
 * Whether the generated system can play a thin slice end to end, with nobody's code
 * added: its first event comes from a command a person (actor or UI) issues that creates
 * its aggregate in a bounded context (a test drives it through the gateway); every later
 * event is the outcome of a command that a policy issues in reaction to an earlier event
 * of the slice (fully mapped, `policyMapping`; across contexts along an async Boris
 * edge), or that a person issues on an aggregate the slice created; a rejection happens
 * where the aggregate's lifecycle refuses the command (`lifecycleOf`); no required field
 * along the way is left open; every read model the events update has a key the events
 * carry; a timed event is due a duration after an earlier event of the slice, in the context
 * publishing that event (the test waits for it). Events from external systems or on a cron
 * schedule cannot be played. One rule for lint
 * T1, codegen's slice tests and the web app's Thin slices step. Null for an unknown slice.
 */
export function sliceDrivability(board: BoardOrIndex, sliceId: string, boris?: BorisDiagram): SliceDrivability | null {
  const index = asIndex(board);
  const slice = index.board.slices.find((s) => s.id === sliceId);
  if (!slice) return null;
  const walk: Walk = { index, reaches: asyncReach(boris ?? deriveBoris(index)), seen: [], state: new Map(), problems: [] };
  const events = slice.eventIds.map((id) => index.stickyById.get(id)).filter((s): s is Sticky => s?.kind === 'event');
  if (events.length === 0) problem(walk, `Thin slice "${slice.name.trim() || 'untitled'}" has no events.`, slice.id);
  const steps: SliceStep[] = [];
  for (const event of events) {
    const step = stepOf(walk, event, steps.length === 0 && walk.seen.length === 0);
    walk.seen.push(event);
    if (step) steps.push(step);
  }
  const readModels = readModelsOf(walk, events);
  return { slice, drivable: walk.problems.length === 0, steps, readModels, problems: walk.problems };
}

/** `sliceDrivability` of every slice on the board, in board order (one Boris derivation for all). */
export function slicesDrivability(board: BoardOrIndex, boris?: BorisDiagram): SliceDrivability[] {
  const index = asIndex(board);
  const diagram = boris ?? deriveBoris(index);
  return index.board.slices.map((s) => sliceDrivability(index, s.id, diagram) as SliceDrivability);
}
