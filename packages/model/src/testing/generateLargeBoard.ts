import { emptyBoard } from '../emptyBoard';
import type { Board } from '../schema/Board';
import type { BoundedContext } from '../schema/BoundedContext';
import type { Field } from '../schema/Field';
import type { Link, LinkKind } from '../schema/Link';
import { KIND_STYLES, KINDS_WITH_FIELDS } from '../schema/notation';
import type { StickyKind } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import { canvasFor, fieldsFor, goals, relationships } from './largeBoardParts';
import { ACTORS, CONTEXT_COLOURS, CONTEXT_NAMES, EXTERNAL_SYSTEMS, HOTSPOT_QUESTIONS, NOUNS, QUALIFIERS, READ_MODEL_SUFFIXES, SLICE_COLOURS, VERBS } from './names';
import { Random } from './random';

export interface LargeBoardOptions {
  /** Exact number of stickies (default 1,000). */
  stickies?: number;
  /** Number of links; exact unless the board has too few stickies to connect (default 40% of stickies). */
  links?: number;
  /** Number of bounded contexts (default 10; 0 gives a board without contexts). */
  contexts?: number;
  /** Same seed and sizes, same board (default 1). */
  seed?: number;
}

type Candidate = { kind: LinkKind; from: Sticky; to: Sticky };
interface Group {
  context: BoundedContext | null;
  units: number;
  names: Set<string>;
  nouns: string[];
  aggregate: Sticky | null;
  actors: Sticky[];
  external: Sticky | null;
  events: Sticky[];
}

const UNITS_PER_ROW = 8;
const CELL = { width: 800, height: 340 };

/**
 * A deterministic, valid, design-level board for benches and demos: per bounded context,
 * flows of trigger (actor, UI or policy) → command → aggregate (or external system) →
 * event, with read models, hotspots, policies reacting to events of other contexts,
 * fields, swimlanes, thin slices and a context map. Links are spent flow by flow, so
 * early flows are fully connected and, when links are scarce, later stickies are bare,
 * as on a big-picture wall that is still being designed.
 */
export function generateLargeBoard(options: LargeBoardOptions = {}): Board {
  const total = Math.max(0, Math.floor(options.stickies ?? 1000));
  const linkBudget = Math.max(0, Math.floor(options.links ?? total * 0.4));
  const contextCount = Math.max(0, Math.floor(options.contexts ?? 10));
  const rnd = new Random(options.seed ?? 1);
  const board = emptyBoard(`Generated storm: ${total} stickies, ${contextCount} contexts`);
  board.goals = goals();
  board.swimlanes = ['Customers', 'Back office', 'Partners'].map((name, i) => ({ id: `lane-${i + 1}`, name, y: i * 2000, height: 2000 }));

  const groups: Group[] = Array.from({ length: Math.max(1, contextCount) }, (_, i) => {
    const nouns = Array.from({ length: 4 }, (_, n) => NOUNS[(i * 7 + n * 3) % NOUNS.length] ?? 'Item');
    const name = `${CONTEXT_NAMES[i % CONTEXT_NAMES.length] ?? 'Context'}${i >= CONTEXT_NAMES.length ? ` ${Math.floor(i / CONTEXT_NAMES.length) + 1}` : ''}`;
    const context: BoundedContext | null =
      contextCount === 0
        ? null
        : { id: `ctx-${i + 1}`, name, colour: CONTEXT_COLOURS[i % CONTEXT_COLOURS.length] ?? '#9E9E9E', position: { x: 0, y: 0 }, size: { width: 1, height: 1 }, memberIds: [], canvas: canvasFor(rnd, name, nouns, i) };
    return { context, units: 0, names: new Set(), nouns, aggregate: null, actors: [], external: null, events: [] };
  });

  const placement = new Map<Sticky, { group: number; unit: number; dx: number; dy: number }>();
  let serial = 0;
  const add = (kind: StickyKind, text: string, g: number | null, at: { unit: number; dx: number; dy: number }, extra: Partial<Sticky> = {}): Sticky | null => {
    if (board.stickies.length >= total) return null;
    serial++;
    const sticky: Sticky = { id: `${kind}-${serial}`, kind, text, description: '', position: { x: 0, y: 0 }, size: { ...KIND_STYLES[kind].defaultSize }, laneId: null, ...extra };
    if (KINDS_WITH_FIELDS.includes(kind) && sticky.fields === undefined) sticky.fields = [];
    board.stickies.push(sticky);
    placement.set(sticky, { group: g ?? -1, ...at });
    const group = g === null ? undefined : groups[g];
    if (group?.context && kind !== 'externalSystem') group.context.memberIds.push(sticky.id);
    return sticky;
  };
  const uniqueName = (group: Group, make: (attempt: number) => string): string => {
    for (let attempt = 0; attempt < 64; attempt++) {
      const name = make(attempt);
      if (group.names.has(name)) continue;
      group.names.add(name);
      return name;
    }
    const name = `${make(0)} ${group.names.size}`;
    group.names.add(name);
    return name;
  };

  const units: Candidate[][] = [];
  const flowEvents: Sticky[] = [];
  for (let u = 0; board.stickies.length < total; u++) {
    const g = u % groups.length;
    const group = groups[g] as Group;
    const unit = group.units++;
    const at = (dx: number, dy: number) => ({ unit, dx, dy });
    const links: Candidate[] = [];
    const link = (kind: LinkKind, from: Sticky | null, to: Sticky | null) => {
      if (from && to) links.push({ kind, from, to });
    };

    if (unit % 4 === 0 || !group.aggregate) {
      const noun = uniqueName(group, (a) => `${QUALIFIERS[(Math.floor(unit / 4) + a) % QUALIFIERS.length] ?? ''} ${group.nouns[(Math.floor(unit / 4) + a) % 4] ?? 'Item'}`.trim());
      group.aggregate = add('aggregate', noun, g, at(300, 0), { fields: fieldsFor(rnd, noun, 3) }) ?? group.aggregate;
    }
    if (!group.external && rnd.chance(0.3)) group.external = add('externalSystem', rnd.pick(EXTERNAL_SYSTEMS), g, at(300, 160));
    const noun = group.aggregate?.text ?? 'Item';
    const [verb, past] = rnd.pick(VERBS);
    const target = group.external && rnd.chance(0.06) ? group.external : group.aggregate;
    const timed = rnd.chance(0.04);

    let trigger: Sticky | null = null;
    let policySource: Sticky | undefined;
    if (!timed) {
      const roll = rnd.next();
      if (roll < 0.35 && flowEvents.length > 0) {
        const local = group.events.length > 0 && rnd.chance(0.7);
        policySource = local ? rnd.pick(group.events.slice(-6)) : rnd.pick(flowEvents.slice(-40));
        trigger = add('policy', uniqueName(group, (a) => `When ${policySource?.text ?? 'ready'} then ${verb} ${noun}${a ? ` (${a})` : ''}`), g, at(0, 160), { policyMode: rnd.chance(0.85) ? 'automated' : 'manual' });
      } else if (roll < 0.45) {
        trigger = add('ui', uniqueName(group, (a) => `${noun} screen${a ? ` ${a + 1}` : ''}`), g, at(0, 0));
      } else {
        if (group.actors.length === 0 || (group.actors.length < 6 && rnd.chance(0.15))) {
          const actor = add('actor', uniqueName(group, (a) => `${QUALIFIERS[a % QUALIFIERS.length] ?? ''} ${ACTORS[(g + group.actors.length + a) % ACTORS.length] ?? 'User'}`.trim()), g, at(0, 0), { laneId: `lane-${(g % 3) + 1}` });
          if (actor) group.actors.push(actor);
        }
        trigger = group.actors.length > 0 ? rnd.pick(group.actors) : null;
      }
    }
    const command = timed ? null : add('command', uniqueName(group, (a) => `${verb} ${noun}${a ? ` ${a + 1}` : ''}`), g, at(120, 0), { fields: fieldsFor(rnd, noun, rnd.int(3)) });
    const eventFields: Field[] = [{ name: 'occurredAt', type: 'date-time', list: false, required: true, description: 'When it happened' }];
    const event = add('event', uniqueName(group, (a) => `${noun}${a ? ` ${a + 1}` : ''} ${past}`), g, at(540, 0), {
      fields: fieldsFor(rnd, noun, rnd.int(3), eventFields),
      ...(timed ? { timed: true } : {}),
      ...(rnd.chance(0.05) ? { pivotal: true } : {}),
      ...(rnd.chance(0.05) ? { public: true } : {}),
    });
    link('invokedOn', command, target);
    link('produces', command ? target : group.aggregate, event);
    link('issues', trigger, command);
    if (trigger?.kind === 'policy' && policySource) link('activates', policySource, trigger);
    if (event && unit % 3 === 0) {
      const readModel = add('readModel', uniqueName(group, (a) => `${noun} ${READ_MODEL_SUFFIXES[(unit + a) % READ_MODEL_SUFFIXES.length] ?? 'View'}`), g, at(540, 160), { fields: fieldsFor(rnd, noun, 2) });
      link('updates', event, readModel);
      link('informs', readModel, group.actors[0] ?? null);
    }
    if (unit % 10 === 5) link('annotates', add('hotspot', rnd.pick(HOTSPOT_QUESTIONS), g, at(120, 160), { resolved: rnd.chance(0.3) }), command ?? event);
    if (u % 97 === 50) add(u % 2 ? 'note' : 'opportunity', u % 2 ? 'Check with legal' : 'Could be automated', null, at(0, 0));
    if (event) {
      group.events.push(event);
      flowEvents.push(event);
    }
    units.push(links);
  }

  spendLinks(board, units, linkBudget, rnd);
  layOut(board, groups, placement);
  const contexts = groups.flatMap((group) => (group.context ? [group.context] : []));
  board.contexts = contexts;
  board.relationships = relationships(contexts.map((c) => c.id));
  board.slices = slices(board);
  if (contexts[0]) board.snap.manualEntries.push({ id: 'snap-1', contextId: contexts[0].id, section: 'risks', text: 'Peak load at month end' });
  return board;
}

/** Links flow by flow while the budget lasts, then extra annotations and read-model feeds. */
function spendLinks(board: Board, units: readonly Candidate[][], budget: number, rnd: Random): void {
  const seen = new Set<string>();
  const push = (c: Candidate) => {
    const key = `${c.from.id}>${c.to.id}`;
    if (board.links.length >= budget || seen.has(key) || c.from === c.to) return;
    seen.add(key);
    const link: Link = { id: `link-${board.links.length + 1}`, kind: c.kind, from: c.from.id, to: c.to.id, label: '' };
    board.links.push(link);
  };
  for (const unit of units) unit.forEach(push);
  const byKind = (kind: StickyKind) => board.stickies.filter((s) => s.kind === kind);
  const hotspots = byKind('hotspot');
  const events = byKind('event');
  const readModels = byKind('readModel');
  for (let attempt = 0; board.links.length < budget && attempt < budget * 20 && board.stickies.length > 1; attempt++) {
    if (hotspots.length > 0 && (rnd.chance(0.5) || readModels.length === 0)) push({ kind: 'annotates', from: rnd.pick(hotspots), to: rnd.pick(board.stickies) });
    else if (events.length > 0 && readModels.length > 0) push({ kind: 'updates', from: rnd.pick(events), to: rnd.pick(readModels) });
    else break;
  }
}

/** Contexts in a grid of equal frames; flows in rows inside their frame. */
function layOut(board: Board, groups: readonly Group[], placement: Map<Sticky, { group: number; unit: number; dx: number; dy: number }>): void {
  const maxUnits = Math.max(1, ...groups.map((g) => g.units));
  const frame = { width: Math.min(maxUnits, UNITS_PER_ROW) * CELL.width + 80, height: Math.ceil(maxUnits / UNITS_PER_ROW) * CELL.height + 100 };
  const columns = Math.ceil(Math.sqrt(groups.length));
  const origin = (g: number) => ({ x: (g % columns) * (frame.width + 200), y: Math.floor(g / columns) * (frame.height + 200) });
  groups.forEach((group, g) => {
    if (group.context) group.context.position = origin(g);
    if (group.context) group.context.size = { ...frame };
  });
  board.stickies.forEach((sticky, i) => {
    const p = placement.get(sticky);
    if (!p) return;
    if (p.group < 0) {
      sticky.position = { x: (i % 50) * 200, y: -400 };
      return;
    }
    const o = origin(p.group);
    sticky.position = { x: o.x + 40 + (p.unit % UNITS_PER_ROW) * CELL.width + p.dx, y: o.y + 60 + Math.floor(p.unit / UNITS_PER_ROW) * CELL.height + p.dy };
  });
}

/** Up to three slices following produced events in flow order. */
function slices(board: Board): Board['slices'] {
  const produced = new Set(board.links.filter((l) => l.kind === 'produces').map((l) => l.to));
  const events = board.stickies.filter((s) => s.kind === 'event' && produced.has(s.id));
  return [0, 1, 2].flatMap((s) => {
    const eventIds = events.slice(s * 6, s * 6 + 6).map((e) => e.id);
    if (eventIds.length === 0) return [];
    return [{ id: `slice-${s + 1}`, name: s === 0 ? 'Happy path' : `Unhappy path ${s}`, colour: SLICE_COLOURS[s] ?? '#E53935', path: s === 0 ? ('happy' as const) : ('unhappy' as const), eventIds }];
  });
}
