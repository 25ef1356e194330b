import type { Board, Sticky } from '@stormscape/model';
import { codeNameOf, compareIds, contextOfSticky, contextSlugs, policiesOfEvent, readModelsOfEvent } from '@stormscape/model';
import type { ReservedNameSink } from '../naming/Namer';
import { safeName } from '../naming/Namer';
import { TEMPLATE_NAMES } from './reservedNames';
import type { BoardStructure } from './structure';

// Contract names (service slugs, event type and message names) must not change when an
// unrelated sticky or context is added. So nothing here counts over the whole board:
// a name is compared only with the names it can meet (in one service's documents), and a
// collision is resolved by qualifying with the owner, which is the same whatever else
// the board holds.

const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);

/**
 * Folder / service slug of each context: the model's `contextSlugs` (its code name in
 * kebab-case; contexts sharing a code name qualified by their id), the same slug that
 * starts the context's channel addresses.
 */
export function contextSlugsOf(structure: BoardStructure): ReadonlyMap<string, string> {
  return contextSlugs(structure.index);
}

/**
 * The contexts whose documents and code show each event: the one that owns it (its
 * producing aggregate's, or the one it sits in) and every context that hears it (policies
 * and read models, through the event or a copy of it).
 */
export function eventDocuments(structure: BoardStructure, events: readonly Sticky[]): Map<string, string[]> {
  const { index } = structure;
  const out = new Map<string, string[]>();
  for (const event of events) {
    const producer = structure.producerOf(event.id);
    const docs = new Set<string>();
    const owner = producer.kind === 'aggregate' ? producer.group.contextId : producer.kind === 'external' ? null : contextOfSticky(index, event.id);
    if (owner !== null) docs.add(owner);
    for (const id of [event.id, ...structure.aliasesOf(event.id)]) {
      for (const target of [...policiesOfEvent(index, id), ...readModelsOfEvent(index, id)]) {
        const heardIn = contextOfSticky(index, target.id);
        if (heardIn !== null) docs.add(heardIn);
      }
    }
    out.set(event.id, [...docs].sort());
  }
  return out;
}

/** Code name of what an event is qualified by: its owning context or external system. */
function ownerCodeName(board: Board, structure: BoardStructure, event: Sticky): string {
  const producer = structure.producerOf(event.id);
  if (producer.kind === 'external') return codeNameOf(producer.sticky);
  const contextId = producer.kind === 'aggregate' ? producer.group.contextId : contextOfSticky(structure.index, event.id);
  const context = board.contexts.find((c) => c.id === contextId);
  return context ? codeNameOf(context) : 'board';
}

/**
 * PascalCase type and message name of each event (`OrderPlaced`, with `…Payload` and
 * `…Event` claimed too). Events that meet in one service's documents under the same name
 * are qualified by their owner (`KitchenOrderPlaced`); events that never meet keep the
 * plain name, so adding an unrelated context renames nothing.
 */
export function eventTypeNames(board: Board, structure: BoardStructure, events: readonly Sticky[], docs: ReadonlyMap<string, readonly string[]>, onReserved?: ReservedNameSink): Map<string, string> {
  const SUFFIXES = ['', 'Payload', 'Event'];
  const template = new Set(TEMPLATE_NAMES.map((n) => n.toLowerCase()));
  const base = new Map(events.map((e) => [e.id, safeName(codeNameOf(e), 'pascal', 'event', onReserved)]));
  const docsOf = (id: string) => (docs.get(id)?.length ? (docs.get(id) as readonly string[]) : ['#board']);
  // Which bases meet another event's base in some document.
  const basesInDoc = new Map<string, Map<string, number>>();
  for (const e of events) {
    for (const doc of docsOf(e.id)) {
      const counts = basesInDoc.get(doc) ?? new Map<string, number>();
      const key = (base.get(e.id) as string).toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      basesInDoc.set(doc, counts);
    }
  }
  const taken = new Map<string, Set<string>>();
  const out = new Map<string, string>();
  for (const e of [...events].sort(byId)) {
    const plain = base.get(e.id) as string;
    const clashes = docsOf(e.id).some((doc) => (basesInDoc.get(doc)?.get(plain.toLowerCase()) ?? 0) > 1) || SUFFIXES.some((s) => template.has(`${plain}${s}`.toLowerCase()));
    const wanted = clashes ? safeName(`${ownerCodeName(board, structure, e)} ${codeNameOf(e)}`, 'pascal', 'event') : plain;
    const free = (name: string) => SUFFIXES.every((s) => !template.has(`${name}${s}`.toLowerCase()) && docsOf(e.id).every((doc) => !taken.get(doc)?.has(`${name}${s}`.toLowerCase())));
    let name = wanted;
    for (let n = 2; !free(name); n++) name = `${wanted}${n}`;
    out.set(e.id, name);
    for (const doc of docsOf(e.id)) {
      const set = taken.get(doc) ?? new Set<string>();
      for (const s of SUFFIXES) set.add(`${name}${s}`.toLowerCase());
      taken.set(doc, set);
    }
  }
  return out;
}
