import type { BoardIndex } from '../queries/boardIndex';
import { eventsOfCommand, lifecycleOf, policyMapping } from '../queries/decisions';
import { commandsIssuedBy, commandsOfAggregate, policiesOfEvent, targetsOfCommand } from '../queries/flow';
import { quoted } from '../queries/names';
import type { Sticky } from '../schema/Sticky';
import { cycles } from './borisRules';
import type { RawFinding } from './types';

const names = (stickies: readonly Sticky[]) => stickies.map(quoted).join(', ');

/**
 * O1 (a command with two or more success events: a handler emits one outcome per call)
 * and O2 (a command with no rejection event on an aggregate that enforces invariants:
 * how is it refused?).
 */
export function outcomeRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const command of index.board.stickies) {
    if (command.kind !== 'command') continue;
    const outcomes = eventsOfCommand(index, command.id);
    const successes = outcomes.filter((o) => o.kind === 'success').map((o) => o.event);
    if (successes.length >= 2) {
      out.push({
        ruleId: 'O1',
        message: `Command ${quoted(command)} has ${successes.length} success events (${names(successes)}): a call produces one outcome, so keep one success, mark refusals as rejections, or split the command.`,
        ids: [command.id, ...successes.map((e) => e.id)],
      });
    }
    if (outcomes.some((o) => o.kind === 'rejection')) continue;
    const guarded = targetsOfCommand(index, command.id).filter((t) => t.kind === 'aggregate' && (t.lifecycle?.invariants.length ?? 0) > 0);
    if (guarded.length > 0) {
      out.push({
        ruleId: 'O2',
        message: `Command ${quoted(command)} has no rejection event, but ${names(guarded)} enforces invariants: add the event that tells a refusal.`,
        ids: [command.id, ...guarded.map((a) => a.id)],
      });
    }
  }
  return out;
}

/** P4: a policy that issues a command with required fields it has no value for. */
export function policyMappingRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const policy of index.board.stickies) {
    if (policy.kind !== 'policy') continue;
    for (const mapping of policyMapping(index, policy.id)) {
      if (mapping.unmappedRequired.length === 0) continue;
      const fields = mapping.unmappedRequired.map((f) => `"${f.name}"`).join(', ');
      out.push({
        ruleId: 'P4',
        message: `Policy ${quoted(policy)} issues ${quoted(mapping.command)} but nothing fills its required field${mapping.unmappedRequired.length > 1 ? 's' : ''} ${fields}: map ${mapping.unmappedRequired.length > 1 ? 'them' : 'it'} from the triggering event, a constant or a read model.`,
        ids: [policy.id, mapping.command.id],
      });
    }
  }
  return out;
}

/**
 * P5: a loop of policies, event → policy → command → the same event (directly or over
 * several steps): each outcome triggers the next call forever.
 */
export function policyLoopRule(index: BoardIndex): RawFinding[] {
  /** event id → events its policies' commands produce, with the policies and commands on the way. */
  const next = new Map<string, string[]>();
  const via = new Map<string, Set<string>>();
  const events = index.board.stickies.filter((s) => s.kind === 'event');
  const out: RawFinding[] = [];
  for (const event of events) {
    const targets: string[] = [];
    for (const policy of policiesOfEvent(index, event.id)) {
      for (const command of commandsIssuedBy(index, policy.id)) {
        for (const { event: produced } of eventsOfCommand(index, command.id)) {
          targets.push(produced.id);
          const key = `${event.id}\u0000${produced.id}`;
          via.set(key, (via.get(key) ?? new Set()).add(policy.id).add(command.id));
        }
      }
    }
    next.set(event.id, [...new Set(targets)].sort());
  }
  const loops = cycles(events.map((e) => e.id).sort(), next);
  for (const event of events) if (next.get(event.id)?.includes(event.id)) loops.push([event.id]);
  for (const loop of loops) {
    const inLoop = new Set(loop);
    const steps = new Set<string>();
    for (const from of loop) for (const to of next.get(from) ?? []) if (inLoop.has(to)) for (const id of via.get(`${from}\u0000${to}`) ?? []) steps.add(id);
    const stickies = loop.map((id) => index.stickyById.get(id) as Sticky);
    out.push({
      ruleId: 'P5',
      message: `Policies loop: ${names(stickies)} ${loop.length > 1 ? 'lead back to each other' : 'leads back to itself'} through ${names([...steps].map((id) => index.stickyById.get(id) as Sticky))}, so every outcome triggers the next call forever.`,
      ids: [...loop, ...[...steps].sort()],
    });
  }
  return out;
}

/** L1: a lifecycle state that no success event of the aggregate leads to. */
export function lifecycleRule(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const aggregate of index.board.stickies) {
    if (aggregate.kind !== 'aggregate' || !aggregate.lifecycle) continue;
    const view = lifecycleOf(index, aggregate.id);
    if (!view) continue;
    const reached = new Set<string>();
    const ownEvents = new Set(commandsOfAggregate(index, aggregate.id).flatMap((c) => eventsOfCommand(index, c.id, 'success').map((o) => o.event.id)));
    for (const [eventId, state] of view.resultingState) if (ownEvents.has(eventId)) reached.add(state);
    const unreached = view.states.filter((s) => !reached.has(s));
    if (unreached.length === 0) continue;
    out.push({
      ruleId: 'L1',
      message: `No event of ${quoted(aggregate)} leads to the state${unreached.length > 1 ? 's' : ''} ${unreached.map((s) => `"${s}"`).join(', ')}: say which success event results in ${unreached.length > 1 ? 'each' : 'it'}, or remove ${unreached.length > 1 ? 'them' : 'it'}.`,
      ids: [aggregate.id],
    });
  }
  return out;
}
