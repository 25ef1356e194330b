import type { Board, BoardIndex, CommandOutcome, Sticky } from '@stormscape/model';
import {
  contextOfSticky, copiesOfEvent, creatingCommand, eventsOfCommand, indexBoard, originalOfEvent, originOfEvent, sameNameKey, targetsOfCommand,
} from '@stormscape/model';

/**
 * The board read as a design, from the model's queries only: which aggregate stickies form
 * one aggregate (same name in one context), which commands it handles, what each command
 * produces (its recorded outcomes) and which command creates it (recorded too). Nothing
 * here looks at positions or guesses from words, so moving a sticky changes no output.
 */
export interface AggregateGroup {
  readonly contextId: string;
  readonly stickies: Sticky[];
  /** Commands invoked on the group, in board order. */
  readonly commands: Sticky[];
  /** Events produced by the group's stickies, in board order. */
  readonly events: Sticky[];
  /** Recorded outcomes of each command, limited to events the group produces. */
  readonly outcomesOf: Map<string, CommandOutcome[]>;
  /** Ids of the recorded creating commands (one per aggregate sticky); the first is `POST /collection`. */
  readonly creating: string[];
}

export type Producer =
  | { readonly kind: 'aggregate'; readonly group: AggregateGroup }
  | { readonly kind: 'external'; readonly sticky: Sticky }
  | { readonly kind: 'timed' }
  | { readonly kind: 'none' };

export interface BoardStructure {
  readonly index: BoardIndex;
  readonly groups: readonly AggregateGroup[];
  readonly groupOfCommand: ReadonlyMap<string, AggregateGroup>;
  /** Canonical event sticky for an event id (itself, or the produced event it copies). */
  readonly canonicalEvent: (eventId: string) => Sticky | undefined;
  readonly producerOf: (eventId: string) => Producer;
  readonly aliasesOf: (eventId: string) => readonly string[];
  /** Outcomes recorded on a command that name an event its aggregate does not produce (ignored, warned). */
  readonly strayOutcomes: readonly { readonly command: Sticky; readonly event: Sticky }[];
}

export function analyseBoard(board: Board): BoardStructure {
  const index = indexBoard(board);
  const rank = new Map(board.stickies.map((s, i) => [s.id, i] as const));
  const byBoardOrder = (a: Sticky, b: Sticky) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
  const groups: AggregateGroup[] = [];
  const groupOfAggregate = new Map<string, AggregateGroup>();
  for (const context of index.contextById.values()) {
    const byName = new Map<string, AggregateGroup>();
    for (const sticky of index.membersByContext.get(context.id) ?? []) {
      if (sticky.kind !== 'aggregate' || contextOfSticky(index, sticky.id) !== context.id || groupOfAggregate.has(sticky.id)) continue;
      const key = sameNameKey(sticky.text) || `#${sticky.id}`;
      let group = byName.get(key);
      if (!group) {
        group = { contextId: context.id, stickies: [], commands: [], events: [], outcomesOf: new Map(), creating: [] };
        byName.set(key, group);
        groups.push(group);
      }
      group.stickies.push(sticky);
      groupOfAggregate.set(sticky.id, group);
    }
  }

  const groupOfCommand = new Map<string, AggregateGroup>();
  for (const command of board.stickies) {
    if (command.kind !== 'command' || groupOfCommand.has(command.id)) continue;
    const target = targetsOfCommand(index, command.id).find((t) => groupOfAggregate.has(t.id));
    const group = target ? groupOfAggregate.get(target.id) : undefined;
    if (!group) continue;
    group.commands.push(command);
    groupOfCommand.set(command.id, group);
  }

  const producers = new Map<string, Producer>();
  for (const event of board.stickies) {
    if (event.kind !== 'event' || producers.has(event.id)) continue;
    const origin = originOfEvent(index, event.id);
    const group = origin.kind === 'aggregate' ? groupOfAggregate.get(origin.aggregate.id) : undefined;
    const producer: Producer = group ? { kind: 'aggregate', group } : origin.kind === 'external' ? { kind: 'external', sticky: origin.external } : origin.kind === 'timed' ? { kind: 'timed' } : { kind: 'none' };
    producers.set(event.id, producer);
    if (group) group.events.push(event);
  }

  const strayOutcomes: { command: Sticky; event: Sticky }[] = [];
  for (const group of groups) {
    group.commands.sort(byBoardOrder);
    for (const command of group.commands) {
      const outcomes: CommandOutcome[] = [];
      for (const outcome of eventsOfCommand(index, command.id)) {
        const producer = producers.get(outcome.event.id);
        if (producer?.kind === 'aggregate' && producer.group === group) outcomes.push(outcome);
        else strayOutcomes.push({ command, event: outcome.event });
      }
      group.outcomesOf.set(command.id, outcomes);
    }
    for (const aggregate of group.stickies) {
      const creating = creatingCommand(index, aggregate.id);
      if (creating && groupOfCommand.get(creating.id) === group && !group.creating.includes(creating.id)) group.creating.push(creating.id);
    }
  }

  return {
    index,
    groups,
    groupOfCommand,
    canonicalEvent: (id) => originalOfEvent(index, id),
    producerOf: (id) => producers.get(id) ?? { kind: 'none' },
    aliasesOf: (id) => copiesOfEvent(index, id),
    strayOutcomes,
  };
}
