import type { Board, Sticky } from '@stormscape/model';
import { codeNameOf, namesPair } from '@stormscape/model';
import type { BoardLookup } from './analyse';
import { centre, lookupBoard, nameKey } from './analyse';
import { commandWords, mentionsAggregate, neverCreates, similarity } from './verbs';
import { words } from '../naming/words';

/**
 * The board read as a design: which stickies form which aggregate, which command each
 * event comes from, who produces what. Sticky-level only; naming happens later.
 */
export interface AggregateGroup {
  readonly contextId: string;
  readonly stickies: Sticky[];
  /** Commands invoked on the group, ordered along the timeline (x, then board order). */
  readonly commands: Sticky[];
  /** Events produced by the group's stickies, in board order. */
  readonly events: Sticky[];
  /** Which events each command emits. */
  readonly eventsOf: Map<string, Sticky[]>;
  /** Ids of creating commands, first one is the main `POST /collection`. */
  readonly creating: string[];
}

export type Producer =
  | { readonly kind: 'aggregate'; readonly group: AggregateGroup }
  | { readonly kind: 'external'; readonly sticky: Sticky }
  | { readonly kind: 'timed' }
  | { readonly kind: 'none' };

export interface BoardStructure {
  readonly lookup: BoardLookup;
  readonly groups: readonly AggregateGroup[];
  readonly groupOfCommand: ReadonlyMap<string, AggregateGroup>;
  /** Canonical event sticky for an event id (itself, or the produced event it copies). */
  readonly canonicalEvent: (eventId: string) => Sticky | undefined;
  readonly producerOf: (eventId: string) => Producer;
  readonly aliasesOf: (eventId: string) => string[];
}

/**
 * The model's verb/past-tense pairing, guarded: its irregular-verb table is a plain object,
 * so a command starting with "constructor" or "toString" would find Object.prototype
 * members there (reported to the model's owner; remove the guard once fixed).
 */
function verbPairs(command: string, event: string): boolean {
  const verb = command.toLowerCase().split(/[^a-z0-9]+/).find((w) => w.length > 0) ?? '';
  if (verb in Object.prototype) return false;
  return namesPair(command, event);
}

const byTimeline = (a: Sticky, b: Sticky) => a.position.x - b.position.x || a.position.y - b.position.y;

function distance(a: Sticky, b: Sticky): number {
  const ca = centre(a);
  const cb = centre(b);
  return Math.hypot(ca.x - cb.x, ca.y - cb.y);
}

/** Assigns each event to the command that most plausibly emits it: shared word stems, then proximity. */
function assignEvents(group: AggregateGroup, lookup: BoardLookup, producerGroup: (eventId: string) => AggregateGroup | undefined): void {
  const aggWords = words(codeNameOf(group.stickies[0] as Sticky));
  for (const sticky of group.stickies) {
    const commands = group.commands.filter((c) => lookup.targets(c.id, 'invokedOn').some((t) => t.id === sticky.id));
    const events = lookup.targets(sticky.id, 'produces', 'event').filter((e) => producerGroup(e.id) === group);
    if (commands.length === 0) continue;
    for (const event of events) {
      let best: Sticky | undefined;
      let bestScore = -1;
      let bestDistance = Infinity;
      for (const command of commands) {
        // The model's verb/past-tense pairing ("Pay Fine" → "Fine Paid") wins; shared stems break ties.
        const score = (verbPairs(command.text, event.text) ? 10 : 0) + similarity(codeNameOf(command), codeNameOf(event), aggWords);
        const d = distance(command, event);
        if (score > bestScore || (score === bestScore && d < bestDistance)) {
          best = command;
          bestScore = score;
          bestDistance = d;
        }
      }
      if (!best) continue;
      const list = group.eventsOf.get(best.id) ?? [];
      if (!list.some((e) => e.id === event.id)) list.push(event);
      group.eventsOf.set(best.id, list);
    }
  }
}

function pickCreating(group: AggregateGroup): void {
  const aggWords = words(codeNameOf(group.stickies[0] as Sticky));
  for (const command of group.commands) {
    const cw = commandWords(codeNameOf(command));
    if (cw.verbClass === 'create' && mentionsAggregate(cw.rest, aggWords)) group.creating.push(command.id);
  }
  const first = group.commands[0];
  if (group.creating.length === 0 && first && !neverCreates(commandWords(codeNameOf(first)).verb)) group.creating.push(first.id);
}

export function analyseBoard(board: Board): BoardStructure {
  const lookup = lookupBoard(board);
  const groups: AggregateGroup[] = [];
  const groupOfAggregate = new Map<string, AggregateGroup>();
  for (const context of board.contexts) {
    const byName = new Map<string, AggregateGroup>();
    for (const memberId of context.memberIds) {
      const sticky = lookup.sticky(memberId);
      if (!sticky || sticky.kind !== 'aggregate' || lookup.contextOf(sticky.id) !== context.id || groupOfAggregate.has(sticky.id)) continue;
      const key = nameKey(sticky.text) || `#${sticky.id}`;
      let group = byName.get(key);
      if (!group) {
        group = { contextId: context.id, stickies: [], commands: [], events: [], eventsOf: new Map(), creating: [] };
        byName.set(key, group);
        groups.push(group);
      }
      group.stickies.push(sticky);
      groupOfAggregate.set(sticky.id, group);
    }
  }

  const groupOfCommand = new Map<string, AggregateGroup>();
  for (const command of lookup.ofKind('command')) {
    const target = lookup.targets(command.id, 'invokedOn').find((t) => t.kind === 'aggregate' && groupOfAggregate.has(t.id));
    const group = target ? groupOfAggregate.get(target.id) : undefined;
    if (!group) continue;
    group.commands.push(command);
    groupOfCommand.set(command.id, group);
  }

  const producers = new Map<string, Producer>();
  for (const event of lookup.ofKind('event')) {
    const sources = lookup.sources(event.id, 'produces');
    const agg = sources.find((s) => s.kind === 'aggregate' && groupOfAggregate.has(s.id));
    const group = agg ? groupOfAggregate.get(agg.id) : undefined;
    const external = sources.find((s) => s.kind === 'externalSystem');
    const producer: Producer = group
      ? { kind: 'aggregate', group }
      : external
        ? { kind: 'external', sticky: external }
        : event.timed
          ? { kind: 'timed' }
          : { kind: 'none' };
    producers.set(event.id, producer);
    if (group) group.events.push(event);
  }

  // An unproduced, untimed event named like a produced one is a copy of it (people duplicate
  // event stickies next to the policies of other contexts).
  const produced = new Map<string, Sticky>();
  for (const event of lookup.ofKind('event')) {
    const kind = producers.get(event.id)?.kind;
    const key = nameKey(event.text);
    if (key && (kind === 'aggregate' || kind === 'external') && !produced.has(key)) produced.set(key, event);
  }
  const canonical = new Map<string, Sticky>();
  const aliases = new Map<string, string[]>();
  for (const event of lookup.ofKind('event')) {
    const original = producers.get(event.id)?.kind === 'none' ? produced.get(nameKey(event.text)) : undefined;
    canonical.set(event.id, original ?? event);
    if (original) aliases.set(original.id, [...(aliases.get(original.id) ?? []), event.id]);
  }

  for (const group of groups) {
    group.commands.sort(byTimeline);
    const producerGroup = (id: string) => {
      const p = producers.get(id);
      return p?.kind === 'aggregate' ? p.group : undefined;
    };
    assignEvents(group, lookup, producerGroup);
    pickCreating(group);
  }

  return {
    lookup,
    groups,
    groupOfCommand,
    canonicalEvent: (id) => canonical.get(id),
    producerOf: (id) => producers.get(id) ?? { kind: 'none' },
    aliasesOf: (id) => aliases.get(id) ?? [],
  };
}
