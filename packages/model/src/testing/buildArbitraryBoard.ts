import { inferLinkKind } from '../grammar';
import type { Board } from '../schema/Board';
import { isReservedId } from '../schema/ids';
import type { FieldSource } from '../schema/Decisions';
import type { Sticky } from '../schema/Sticky';
import { KINDS_WITH_FIELDS } from '../schema/notation';
import type { BoardDraft, DecisionsDraft, StickyDraft } from './boardDraftArb';

/** The decisions a sticky's kind may hold, with picks resolved to stickies of the right kind (or left out). */
function resolveDecisions(sticky: Sticky, draft: DecisionsDraft, pick: (kind: Sticky['kind'], n: number) => string | undefined): void {
  if (sticky.kind === 'command' && draft.outcomes) {
    const seen = new Set<string>();
    sticky.outcomes = draft.outcomes.flatMap(({ pick: n, kind }) => {
      const eventId = pick('event', n);
      return eventId === undefined || seen.has(eventId) || !seen.add(eventId) ? [] : [{ eventId, kind }];
    });
  }
  if (sticky.kind === 'aggregate') {
    const creating = draft.creating === undefined ? undefined : pick('command', draft.creating);
    if (creating !== undefined) sticky.creatingCommandId = creating;
    const l = draft.lifecycle;
    if (l) {
      const state = (n: number) => l.states[n % Math.max(1, l.states.length)];
      sticky.lifecycle = {
        states: l.states,
        acceptedIn: l.acceptedIn.flatMap(({ pick: n, states }) => {
          const commandId = pick('command', n);
          return commandId === undefined ? [] : [{ commandId, states: [...new Set(states.flatMap((i) => state(i) ?? []))] }];
        }),
        transitions: l.transitions.flatMap(({ pick: n, state: i }) => {
          const eventId = pick('event', n);
          const s = state(i);
          return eventId === undefined || s === undefined ? [] : [{ eventId, state: s }];
        }),
        invariants: l.invariants,
      };
    }
  }
  if (sticky.kind === 'policy' && draft.mappings) {
    sticky.mappings = draft.mappings.flatMap(({ pick: n, fields }) => {
      const commandId = pick('command', n);
      if (commandId === undefined) return [];
      return [{
        commandId,
        fields: fields.flatMap(({ field, source }): { field: string; source: FieldSource }[] => {
          if (source.kind !== 'readModel') return [{ field, source }];
          const readModelId = pick('readModel', source.pick);
          return readModelId === undefined ? [] : [{ field, source: { kind: 'readModel' as const, readModelId, field: source.field } }];
        }),
      }];
    });
  }
  if (sticky.kind === 'event' && draft.schedule) {
    const s = draft.schedule;
    if (s.kind === 'cron') sticky.schedule = s;
    else {
      const eventId = pick('event', s.pick);
      if (eventId !== undefined) sticky.schedule = { kind: 'after', duration: s.duration, eventId };
    }
  }
  if (sticky.kind === 'readModel' && draft.rowKey) {
    const seen = new Set<string>();
    const events = draft.rowKey.events.flatMap(({ pick: n, row }) => {
      const eventId = pick('event', n);
      return eventId === undefined || seen.has(eventId) || !seen.add(eventId) ? [] : [{ eventId, row }];
    });
    sticky.rowKey = { fields: draft.rowKey.fields, events };
  }
}

/** The optional sticky properties a kind may carry. */
const allowedExtras = (kind: Sticky['kind']): readonly (keyof StickyDraft['extras'])[] => {
  if (kind === 'event') return ['pivotal', 'timed', 'public', 'codeName'];
  if (kind === 'policy') return ['policyMode', 'codeName'];
  if (kind === 'hotspot') return ['resolved', 'codeName'];
  return KINDS_WITH_FIELDS.includes(kind) ? ['fields', 'codeName'] : ['codeName'];
};


/** Turns random picks into a valid board: unique ids, resolvable references, grammar links. */
export function buildBoard(draft: BoardDraft): Board {
  const used = new Set<string>();
  let counter = 0;
  const unique = (id: string): string => {
    let candidate = id;
    while (used.has(candidate) || isReservedId(candidate)) candidate = `u${counter++}`;
    used.add(candidate);
    return candidate;
  };
  const at = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

  const swimlanes = draft.swimlanes.map((lane) => ({ ...lane, id: unique(lane.id) }));
  const stickies: Sticky[] = draft.stickies.map(({ lane, extras, decisions: _decisions, ...rest }) => {
    const sticky: Sticky = { ...rest, id: unique(rest.id), laneId: lane === null ? null : (at(swimlanes, lane)?.id ?? null) };
    for (const key of allowedExtras(rest.kind)) {
      if (extras[key] !== undefined) Object.assign(sticky, { [key]: extras[key] });
    }
    return sticky;
  });
  const ofKind = (kind: Sticky['kind']) => stickies.filter((s) => s.kind === kind);
  const pick = (kind: Sticky['kind'], n: number) => at(ofKind(kind), n)?.id;
  stickies.forEach((sticky, i) => resolveDecisions(sticky, (draft.stickies[i] as StickyDraft).decisions, pick));
  const links = draft.links.flatMap(({ from, to, ...rest }) => {
    const a = at(stickies, from);
    const b = at(stickies, to);
    if (!a || !b || a === b) return [];
    const inferred = inferLinkKind(a.kind, b.kind);
    return inferred.ok ? [{ ...rest, id: unique(rest.id), kind: inferred.kind, from: a.id, to: b.id }] : [];
  });
  const claimed = new Set<string>();
  const contexts = draft.contexts.map(({ members, ...rest }) => {
    const memberIds: string[] = [];
    for (const pick of members) {
      const sticky = at(stickies, pick);
      if (!sticky || claimed.has(sticky.id)) continue;
      claimed.add(sticky.id);
      memberIds.push(sticky.id);
    }
    return { ...rest, id: unique(rest.id), memberIds };
  });
  const relationships = contexts.length < 2 ? [] : draft.relationships.map(({ up, down, ...rest }) => {
    const upstream = at(contexts, up);
    let downstream = at(contexts, down);
    if (downstream === upstream) downstream = at(contexts, up + 1);
    return { ...rest, id: unique(rest.id), upstreamId: upstream?.id ?? '', downstreamId: downstream?.id ?? '' };
  });
  const events = stickies.filter((s) => s.kind === 'event');
  const slices = draft.slices.map(({ events: eventPicks, ...rest }) => ({
    ...rest,
    id: unique(rest.id),
    eventIds: [...new Set(eventPicks.flatMap((pick) => at(events, pick)?.id ?? []))],
  }));
  const manualEntries = draft.snap.manualEntries.flatMap(({ context, ...rest }) => {
    const target = at(contexts, context);
    return target ? [{ ...rest, id: unique(rest.id), contextId: target.id }] : [];
  });
  return {
    name: draft.name,
    goals: draft.goals.map((goal) => ({ ...goal, id: unique(goal.id) })),
    stickies,
    links,
    contexts,
    relationships,
    swimlanes,
    slices,
    boris: { ...draft.boris, addedEdges: draft.boris.addedEdges.map((edge) => ({ ...edge, id: unique(edge.id) })) },
    snap: { dismissedIds: draft.snap.dismissedIds, manualEntries },
  };
}
