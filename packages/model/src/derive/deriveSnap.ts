import type { Field } from '../schema/Field';
import type { SnapSection } from '../schema/SnapOverrides';
import { SNAP_SECTIONS } from '../schema/SnapOverrides';
import type { Sticky } from '../schema/Sticky';
import type { BoardIndex, BoardOrIndex } from '../queries/boardIndex';
import { asIndex } from '../queries/boardIndex';
import { contextName, contextOfSticky, membersOfContext } from '../queries/contexts';
import { annotatedBy, issuersOfCommand, targetsOfCommand } from '../queries/flow';
import { eventsOfCommand } from '../queries/decisions';
import type { CommandCall, EventConsumer, EventSource } from '../queries/messaging';
import { commandCalls, consumersOfEvent, sourcesOfEvent } from '../queries/messaging';
import { nameKey, stickyName } from '../queries/names';
import type { SnapEntry, SnapSheet } from './snapTypes';
import { compareIds } from '../schema/ids';

/** A derived line before same-named lines are merged. */
interface Candidate {
  section: SnapSection;
  /** Id part from the source ids; the merged entry takes the smallest. */
  key: string;
  /** Lines with the same section and group are one entry (boards repeat stickies). */
  group: string;
  text: string;
  sourceIds: string[];
}

const uniq = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function fieldText(field: Field): string {
  return `${field.name}${field.required ? '' : '?'}: ${field.type}${field.list ? '[]' : ''}`;
}

/** "a" or "an" before a word, by its first letter. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

interface ApiCommand {
  command: Sticky;
  aggregates: Sticky[];
}

/** Board-wide facts every sheet needs, computed once per index. */
interface SnapFacts {
  /** Commands handled by each context's aggregates (an aggregate outside every context counts for its command's context). */
  apis: Map<string, ApiCommand[]>;
  events: { event: Sticky; sources: EventSource[]; consumers: EventConsumer[] }[];
  calls: CommandCall[];
  openHotspots: Sticky[];
}

// An index is an immutable snapshot, so facts derived from it can be cached on it.
const FACTS = new WeakMap<BoardIndex, SnapFacts>();

function snapFacts(index: BoardIndex): SnapFacts {
  const cached = FACTS.get(index);
  if (cached) return cached;
  const apis = new Map<string, ApiCommand[]>();
  const events: SnapFacts['events'] = [];
  const openHotspots: Sticky[] = [];
  for (const sticky of index.board.stickies) {
    if (sticky.kind === 'hotspot' && !sticky.resolved) openHotspots.push(sticky);
    if (sticky.kind === 'command') {
      const commandContext = contextOfSticky(index, sticky.id);
      const byContext = new Map<string, Sticky[]>();
      for (const target of targetsOfCommand(index, sticky.id)) {
        const contextId = target.kind === 'aggregate' ? (contextOfSticky(index, target.id) ?? commandContext) : null;
        if (contextId !== null) byContext.set(contextId, [...(byContext.get(contextId) ?? []), target]);
      }
      for (const [contextId, aggregates] of byContext) {
        const list = apis.get(contextId) ?? [];
        list.push({ command: sticky, aggregates });
        apis.set(contextId, list);
      }
    } else if (sticky.kind === 'event') {
      const consumers = consumersOfEvent(index, sticky.id);
      const sources = sourcesOfEvent(index, sticky.id);
      if (consumers.length > 0 || sticky.public) events.push({ event: sticky, sources, consumers });
    }
  }
  const facts = { apis, events, calls: commandCalls(index), openHotspots };
  FACTS.set(index, facts);
  return facts;
}

function deriveCandidates(index: BoardIndex, contextId: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (section: SnapSection, key: string, group: string, text: string, sourceIds: string[]) =>
    out.push({ section, key, group, text, sourceIds });
  const members = membersOfContext(index, contextId);
  const facts = snapFacts(index);

  for (const { command, aggregates } of facts.apis.get(contextId) ?? []) {
    add('apis', command.id, nameKey(command.text), stickyName(command), [command.id, ...aggregates.map((a) => a.id)]);
    for (const actor of issuersOfCommand(index, command.id).filter((s) => s.kind === 'actor')) {
      const events = eventsOfCommand(index, command.id, 'success').map((o) => stickyName(o.event));
      const actorName = stickyName(actor);
      const story = `As ${article(actorName)} ${actorName} I want to ${stickyName(command)}${events.length ? ` so that ${uniq(events).join(' and ')}` : ''}`;
      add('stories', `${actor.id}:${command.id}`, nameKey(story), story, [actor.id, command.id]);
    }
  }
  const aggregateFields = new Map<string, Field[]>();
  for (const sticky of members) {
    const group = nameKey(sticky.text) || `#${sticky.id}`;
    if (sticky.kind === 'readModel') add('apis', sticky.id, `query ${group}`, `${stickyName(sticky)} (query)`, [sticky.id]);
    if (sticky.kind === 'ui') add('uis', sticky.id, group, stickyName(sticky), [sticky.id]);
    if (sticky.kind === 'aggregate') {
      const fields = aggregateFields.get(group) ?? [];
      for (const field of sticky.fields ?? []) if (!fields.some((f) => f.name === field.name)) fields.push(field);
      aggregateFields.set(group, fields);
      add('data', sticky.id, group, stickyName(sticky), [sticky.id]);
    }
  }
  for (const entry of out) {
    const fields = entry.section === 'data' ? aggregateFields.get(entry.group) : undefined;
    if (fields && fields.length > 0) entry.text = `${entry.text} (${fields.map(fieldText).join(', ')})`;
  }

  // Publishes / subscribes / externals heard.
  const heard = new Map<string, { external: Sticky; events: string[] }>();
  for (const { event, sources, consumers } of facts.events) {
    const ours = sources.some((s) => s.kind === 'context' && s.contextId === contextId);
    if (ours) {
      const elsewhere = uniq(consumers.filter((c) => c.contextId !== contextId).map((c) => contextName(index, c.contextId)));
      if (elsewhere.length > 0 || event.public) {
        const text = `${stickyName(event)}${elsewhere.length > 0 ? ` → ${elsewhere.join(', ')}` : ' (public)'}`;
        add('publishes', event.id, nameKey(event.text), text, [event.id]);
      }
      continue;
    }
    const handlers = consumers.filter((c) => c.contextId === contextId);
    if (handlers.length === 0) continue;
    const from = uniq(sources.map((s) => (s.kind === 'context' ? contextName(index, s.contextId) : stickyName(s.external))));
    const text = `${stickyName(event)}${from.length > 0 ? ` (from ${from.join(', ')})` : ''}`;
    add('subscribes', event.id, nameKey(event.text), text, [event.id, ...handlers.map((h) => h.sticky.id)]);
    for (const source of sources) {
      if (source.kind !== 'external') continue;
      const entry = heard.get(source.external.id) ?? { external: source.external, events: [] };
      entry.events.push(stickyName(event));
      heard.set(source.external.id, entry);
    }
  }

  // External systems: called from here, heard here, or drawn inside the context.
  const externals = new Map<string, { stickies: Sticky[]; calls: string[]; hears: string[] }>();
  const external = (sticky: Sticky) => {
    const group = nameKey(sticky.text) || `#${sticky.id}`;
    const entry = externals.get(group) ?? { stickies: [], calls: [], hears: [] };
    if (!entry.stickies.includes(sticky)) entry.stickies.push(sticky);
    externals.set(group, entry);
    return entry;
  };
  for (const call of facts.calls) {
    if (call.callerContextId === contextId && call.target.kind === 'externalSystem') {
      external(call.target).calls.push(stickyName(call.command));
    }
  }
  for (const { external: sticky, events } of heard.values()) external(sticky).hears.push(...events);
  for (const sticky of members) if (sticky.kind === 'externalSystem') external(sticky);
  for (const [group, entry] of externals) {
    const parts = [
      ...(entry.calls.length ? [`calls: ${uniq(entry.calls).join(', ')}`] : []),
      ...(entry.hears.length ? [`hears: ${uniq(entry.hears).join(', ')}`] : []),
    ];
    const first = entry.stickies[0] as Sticky;
    for (const sticky of entry.stickies) {
      const text = `${stickyName(first)}${parts.length ? ` (${parts.join('; ')})` : ''}`;
      add('externalSystems', sticky.id, group, text, [sticky.id]);
    }
  }

  // Risks: open hotspots inside the context or pinned on its stickies.
  const memberIds = new Set(members.map((m) => m.id));
  for (const hotspot of facts.openHotspots) {
    const inside = memberIds.has(hotspot.id) || annotatedBy(index, hotspot.id).some((s) => memberIds.has(s.id));
    if (inside) add('risks', hotspot.id, `#${hotspot.id}`, stickyName(hotspot), [hotspot.id]);
  }
  return out;
}

/** Merges candidates with the same section and group into entries; applies dismissals. */
function mergeCandidates(contextId: string, candidates: Candidate[], dismissed: ReadonlySet<string>): SnapEntry[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.section}\u0000${c.group}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const entries: SnapEntry[] = [];
  for (const list of groups.values()) {
    const ids = list.map((c) => `snap:${contextId}:${c.section}:${c.key}`).sort(compareIds);
    const first = list[0] as Candidate;
    entries.push({
      id: ids[0] as string,
      section: first.section,
      text: first.text,
      derived: true,
      sourceIds: uniq(list.flatMap((c) => c.sourceIds)),
      // Any id the entry ever had counts, so merging a duplicate sticky in does not undo a dismissal.
      dismissed: ids.some((id) => dismissed.has(id)),
    });
  }
  return entries.sort((a, b) => compareIds(a.text.toLowerCase(), b.text.toLowerCase()) || compareIds(a.id, b.id));
}

/**
 * Derives the SNAP-E sheet of one service (reference §4): APIs (commands handled by its
 * aggregates, and its read models as queries), Data (its aggregates with their fields),
 * Publishes (its events consumed in other contexts or marked public), Subscribes
 * (foreign events its policies or read models handle), External systems (called or heard
 * from here), UIs (in it), Stories ("As a ‹actor› I want to ‹command› so that ‹event›"
 * per actor → command of its APIs) and Risks (open hotspots in it or on its stickies).
 *
 * Entries repeated on the board (same section, same name) are merged. Derived entries
 * have ids derived from source ids; manual entries (`board.snap.manualEntries`) follow
 * them; entries listed in `board.snap.dismissedIds` are flagged `dismissed`, not removed.
 * An unknown context gives a sheet with its manual entries only.
 */
export function deriveSnap(board: BoardOrIndex, contextId: string): SnapSheet {
  const index = asIndex(board);
  const { manualEntries, dismissedIds } = index.board.snap;
  const dismissed = new Set(dismissedIds);
  const derived = index.contextById.has(contextId)
    ? mergeCandidates(contextId, deriveCandidates(index, contextId), dismissed)
    : [];
  const sections = Object.fromEntries(SNAP_SECTIONS.map((s) => [s, [] as SnapEntry[]])) as Record<SnapSection, SnapEntry[]>;
  for (const entry of derived) sections[entry.section].push(entry);
  for (const manual of manualEntries) {
    if (manual.contextId !== contextId) continue;
    sections[manual.section].push({
      id: manual.id,
      section: manual.section,
      text: manual.text,
      derived: false,
      sourceIds: [],
      dismissed: dismissed.has(manual.id),
    });
  }
  return { contextId, contextName: contextName(index, contextId), sections };
}

/** The SNAP-E sheet of every bounded context, in board order (one index shared by all). */
export function deriveSnapSheets(board: BoardOrIndex): SnapSheet[] {
  const index = asIndex(board);
  return [...index.contextById.keys()].map((id) => deriveSnap(index, id));
}
