import { inferLinkKind } from '../grammar';
import type { Board } from '../schema/Board';
import type { Sticky } from '../schema/Sticky';
import { KINDS_WITH_FIELDS } from '../schema/notation';
import type { BoardDraft, StickyDraft } from './boardDraftArb';

/** The optional sticky properties a kind may carry. */
const allowedExtras = (kind: Sticky['kind']): readonly (keyof StickyDraft['extras'])[] => {
  if (kind === 'event') return ['pivotal', 'timed', 'public', 'codeName'];
  if (kind === 'policy') return ['policyMode', 'codeName'];
  if (kind === 'hotspot') return ['resolved', 'codeName'];
  return KINDS_WITH_FIELDS.includes(kind) ? ['fields', 'codeName'] : ['codeName'];
};

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Turns random picks into a valid board: unique ids, resolvable references, grammar links. */
export function buildBoard(draft: BoardDraft): Board {
  const used = new Set<string>();
  let counter = 0;
  const unique = (id: string): string => {
    let candidate = id;
    while (used.has(candidate) || RESERVED.has(candidate)) candidate = `u${counter++}`;
    used.add(candidate);
    return candidate;
  };
  const at = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

  const swimlanes = draft.swimlanes.map((lane) => ({ ...lane, id: unique(lane.id) }));
  const stickies: Sticky[] = draft.stickies.map(({ lane, extras, ...rest }) => {
    const sticky: Sticky = { ...rest, id: unique(rest.id), laneId: lane === null ? null : (at(swimlanes, lane)?.id ?? null) };
    for (const key of allowedExtras(rest.kind)) {
      if (extras[key] !== undefined) Object.assign(sticky, { [key]: extras[key] });
    }
    return sticky;
  });
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
