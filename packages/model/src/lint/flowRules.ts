import type { BoardIndex } from '../queries/boardIndex';
import {
  actorsOfPolicy,
  actorsOnPolicy,
  commandsIssuedBy,
  eventsOfPolicy,
  eventsOfProducer,
  eventsOfReadModel,
  issuersOfCommand,
  producersOfEvent,
  targetsOfCommand,
  usersOfReadModel,
} from '../queries/flow';
import { eventsOfCommand } from '../queries/decisions';
import { quoted } from '../queries/names';
import type { RawFinding } from './types';

const list = (names: string[]) => names.join(', ');

/** E1 (event without producer) and E2 (event linked straight to an event). */
export function eventRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const event of index.board.stickies) {
    if (event.kind !== 'event') continue;
    if (!event.timed && producersOfEvent(index, event.id).length === 0) {
      out.push({
        ruleId: 'E1',
        message: `Event ${quoted(event)} has no producer: connect the aggregate or external system that produces it, or mark it as timed.`,
        ids: [event.id],
      });
    }
  }
  for (const link of index.board.links) {
    const from = index.stickyById.get(link.from);
    const to = index.stickyById.get(link.to);
    if (from?.kind !== 'event' || to?.kind !== 'event') continue;
    out.push({
      ruleId: 'E2',
      message: `Events ${quoted(from)} and ${quoted(to)} are connected directly: add the policy that reacts to ${quoted(from)} and the command it issues.`,
      ids: [from.id, to.id, link.id],
    });
  }
  return out;
}

/**
 * C1 (no target), C2 (no trigger), C3 (no resulting event: its targets produce none, or
 * none is recorded as its outcome; only when C1 does not apply).
 */
export function commandRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const command of index.board.stickies) {
    if (command.kind !== 'command') continue;
    const targets = targetsOfCommand(index, command.id);
    if (targets.length === 0) {
      out.push({
        ruleId: 'C1',
        message: `Command ${quoted(command)} is not invoked on an aggregate or external system: connect it to the one that handles it.`,
        ids: [command.id],
      });
    } else if (targets.every((t) => eventsOfProducer(index, t.id).length === 0)) {
      out.push({
        ruleId: 'C3',
        message: `Command ${quoted(command)} produces no event: connect ${list(targets.map(quoted))} to the event it leads to.`,
        ids: [command.id, ...targets.map((t) => t.id)],
      });
    } else if (eventsOfCommand(index, command.id).length === 0) {
      const candidates = targets.flatMap((t) => eventsOfProducer(index, t.id));
      out.push({
        ruleId: 'C3',
        message: `Command ${quoted(command)} records no outcome: choose which of ${list(candidates.map(quoted))} it produces (success or rejection) in its details.`,
        ids: [command.id, ...candidates.map((e) => e.id)],
      });
    }
    if (issuersOfCommand(index, command.id).length === 0) {
      out.push({
        ruleId: 'C2',
        message: `Command ${quoted(command)} has no trigger: connect the actor, UI or policy that issues it.`,
        ids: [command.id],
      });
    }
  }
  return out;
}

/** P1 (several events), P2 (no command), P3 (mode vs actor). */
export function policyRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const policy of index.board.stickies) {
    if (policy.kind !== 'policy') continue;
    const events = eventsOfPolicy(index, policy.id);
    if (events.length > 1) {
      out.push({
        ruleId: 'P1',
        message: `Policy ${quoted(policy)} listens to ${events.length} events (${list(events.map(quoted))}): use one policy per event.`,
        ids: [policy.id, ...events.map((e) => e.id)],
      });
    }
    if (commandsIssuedBy(index, policy.id).length === 0) {
      out.push({
        ruleId: 'P2',
        message: `Policy ${quoted(policy)} issues no command: connect it to the command it triggers.`,
        ids: [policy.id],
      });
    }
    if (policy.policyMode === undefined) continue;
    // Asymmetric on purpose: a person may also issue an automated policy's command
    // elsewhere, so only an actor stuck onto the policy makes an automated policy wrong.
    const actors = policy.policyMode === 'manual' ? actorsOfPolicy(index, policy.id) : actorsOnPolicy(index, policy.id);
    if (policy.policyMode === 'manual' && actors.length === 0) {
      out.push({
        ruleId: 'P3',
        message: `Manual policy ${quoted(policy)} has no actor: put the actor on it (or connect the actor to its command), or mark it automated.`,
        ids: [policy.id],
      });
    } else if (policy.policyMode === 'automated' && actors.length > 0) {
      out.push({
        ruleId: 'P3',
        message: `Automated policy ${quoted(policy)} has an actor (${list(actors.map(quoted))}): mark it manual, or take the actor off it.`,
        ids: [policy.id, ...actors.map((a) => a.id)],
      });
    }
  }
  return out;
}

/** R1: read model fed by no event, or used by no policy or actor. */
export function readModelRules(index: BoardIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const readModel of index.board.stickies) {
    if (readModel.kind !== 'readModel') continue;
    const fed = eventsOfReadModel(index, readModel.id).length > 0;
    const used = usersOfReadModel(index, readModel.id).length > 0;
    if (fed && used) continue;
    const problem = !fed && !used ? 'is fed by no event and used by nothing' : !fed ? 'is fed by no event' : 'is used by nothing';
    const fix = [...(fed ? [] : ['the events that update it']), ...(used ? [] : ['the actor or policy it informs'])];
    out.push({ ruleId: 'R1', message: `Read model ${quoted(readModel)} ${problem}: connect ${fix.join(' and ')}.`, ids: [readModel.id] });
  }
  return out;
}
