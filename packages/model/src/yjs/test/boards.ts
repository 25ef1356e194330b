// Test support for the Yjs tests only (not exported from the package): a fast-check
// arbitrary of valid, canonical boards. Kept local because src/testing/arbitraryBoard
// belongs to another helper; this one also covers every optional sticky property.
import fc from 'fast-check';
import { inferLinkKind } from '../../grammar';
import type { Board } from '../../schema/Board';
import { BusinessModel, DomainClassification, Evolution, MessageKind } from '../../schema/BoundedContext';
import { CONTEXT_PATTERNS, RELATIONSHIP_KINDS } from '../../schema/ContextRelationship';
import { FIELD_TYPES } from '../../schema/Field';
import { KINDS_WITH_FIELDS, POLICY_MODES, STICKY_KINDS } from '../../schema/notation';
import { SNAP_SECTIONS } from '../../schema/SnapOverrides';
import type { Sticky } from '../../schema/Sticky';
import { compareIds, isReservedId } from '../../schema/ids';

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const coord = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.double({ min: -5000, max: 5000, noNaN: true }));
const extent = fc.oneof(fc.integer({ min: 1, max: 800 }), fc.double({ min: 0.5, max: 800, noNaN: true }));
const colour = fc.constantFrom('#FFA960', '#6DD7FA', '#000000', '#abcdef');
const nat = fc.nat({ max: 1000 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const field = fc.record({
  name: text(8).filter((s) => s.length > 0),
  type: fc.constantFrom(...FIELD_TYPES),
  list: fc.boolean(),
  required: fc.boolean(),
  description: text(10),
});

const stickySpec = fc.record({
  kind: fc.constantFrom(...STICKY_KINDS),
  text: text(20),
  description: text(20),
  position: fc.record({ x: coord, y: coord }),
  size: fc.record({ width: extent, height: extent }),
  lane: opt(nat),
  pivotal: opt(fc.boolean()),
  timed: opt(fc.boolean()),
  public: opt(fc.boolean()),
  policyMode: opt(fc.constantFrom(...POLICY_MODES)),
  resolved: opt(fc.boolean()),
  fields: opt(fc.array(field, { maxLength: 3 })),
});

const communication = fc.record({
  collaborator: text(6),
  relationship: text(6),
  messageKind: fc.constantFrom(...MessageKind.options),
  message: text(6),
});

const canvas = fc.record({
  purpose: text(10),
  classification: fc.record({
    domain: fc.option(fc.constantFrom(...DomainClassification.options), { nil: null }),
    businessModel: fc.uniqueArray(fc.constantFrom(...BusinessModel.options)),
    evolution: fc.option(fc.constantFrom(...Evolution.options), { nil: null }),
  }),
  domainRoles: fc.array(text(6), { maxLength: 2 }),
  inbound: fc.array(communication, { maxLength: 2 }),
  outbound: fc.array(communication, { maxLength: 2 }),
  ubiquitousLanguage: fc.array(fc.record({ term: text(6), definition: text(10) }), { maxLength: 2 }),
  businessDecisions: fc.array(text(6), { maxLength: 2 }),
  assumptions: fc.array(text(6), { maxLength: 2 }),
  verificationMetrics: fc.array(text(6), { maxLength: 2 }),
  openQuestions: fc.array(text(6), { maxLength: 2 }),
});

const derivedId = fc.string({ minLength: 1, maxLength: 30 });

const raw = fc.record({
  ids: fc.uniqueArray(
    fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/).filter((id) => !isReservedId(id)),
    { minLength: 40, maxLength: 80 },
  ),
  name: text(20),
  stickies: fc.array(stickySpec, { maxLength: 14 }),
  links: fc.array(fc.record({ a: nat, b: nat, label: text(8) }), { maxLength: 14 }),
  contexts: fc.array(
    fc.record({ name: text(8), colour, position: fc.record({ x: coord, y: coord }), size: fc.record({ width: extent, height: extent }), members: fc.array(nat, { maxLength: 6 }), canvas }),
    { maxLength: 4 },
  ),
  goals: fc.array(fc.record({ kind: fc.constantFrom('goal' as const, 'nonGoal' as const), text: text(10), keyResults: fc.array(text(6), { maxLength: 2 }) }), { maxLength: 3 }),
  swimlanes: fc.array(fc.record({ name: text(6), y: coord, height: extent }), { maxLength: 3 }),
  slices: fc.array(fc.record({ name: text(6), colour, path: fc.constantFrom('happy' as const, 'unhappy' as const), events: fc.array(nat, { maxLength: 5 }) }), { maxLength: 3 }),
  relationships: fc.array(
    fc.record({
      kind: fc.constantFrom(...RELATIONSHIP_KINDS),
      a: nat,
      b: nat,
      up: fc.uniqueArray(fc.constantFrom(...CONTEXT_PATTERNS), { maxLength: 2 }),
      down: fc.uniqueArray(fc.constantFrom(...CONTEXT_PATTERNS), { maxLength: 2 }),
      description: text(8),
    }),
    { maxLength: 3 },
  ),
  nodePositions: fc.dictionary(derivedId, fc.record({ x: coord, y: coord }), { maxKeys: 3 }),
  hidden: fc.uniqueArray(derivedId, { maxLength: 3 }),
  addedEdges: fc.array(fc.record({ from: derivedId, to: derivedId, mode: fc.constantFrom('sync' as const, 'async' as const), label: text(6) }), { maxLength: 3 }),
  notes: fc.dictionary(derivedId, text(10), { maxKeys: 3 }),
  snap: fc.array(fc.record({ c: nat, section: fc.constantFrom(...SNAP_SECTIONS), text: text(10) }), { maxLength: 3 }),
  dismissed: fc.uniqueArray(derivedId, { maxLength: 3 }),
});

type Raw = typeof raw extends fc.Arbitrary<infer R> ? R : never;
const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => compareIds(a.id, b.id));
const sortedRecord = <V>(r: Record<string, V>): Record<string, V> => {
  const out: Record<string, V> = {};
  for (const k of Object.keys(r).sort(compareIds)) Object.defineProperty(out, k, { value: r[k], enumerable: true, writable: true, configurable: true });
  return out;
};

/** Builds a valid canonical board from raw generated parts (references resolved by index). */
function build(r: Raw): Board {
  const ids = [...r.ids];
  const take = () => ids.pop() ?? `x${ids.length}`;
  const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
  const lanes = r.swimlanes.map((l) => ({ id: take(), ...l }));
  const stickies: Sticky[] = r.stickies.map((s) => {
    const sticky: Sticky = {
      id: take(),
      kind: s.kind,
      text: s.text,
      description: s.description,
      position: s.position,
      size: s.size,
      laneId: s.lane === undefined ? null : (pick(lanes, s.lane)?.id ?? null),
    };
    if (s.kind === 'event') {
      if (s.pivotal !== undefined) sticky.pivotal = s.pivotal;
      if (s.timed !== undefined) sticky.timed = s.timed;
      if (s.public !== undefined) sticky.public = s.public;
    }
    if (s.kind === 'policy' && s.policyMode) sticky.policyMode = s.policyMode;
    if (s.kind === 'hotspot' && s.resolved !== undefined) sticky.resolved = s.resolved;
    if (KINDS_WITH_FIELDS.includes(s.kind) && s.fields) sticky.fields = s.fields;
    return sticky;
  });
  const links = r.links.flatMap((l) => {
    const from = pick(stickies, l.a);
    const to = pick(stickies, l.b);
    const inferred = from && to && from.id !== to.id ? inferLinkKind(from.kind, to.kind) : null;
    return inferred?.ok ? [{ id: take(), kind: inferred.kind, from: from!.id, to: to!.id, label: l.label }] : [];
  });
  const taken = new Set<string>();
  const contexts = r.contexts.map((c) => ({
    id: take(),
    name: c.name,
    colour: c.colour,
    position: c.position,
    size: c.size,
    // A sticky belongs to at most one context.
    memberIds: [...new Set(c.members.flatMap((i) => pick(stickies, i)?.id ?? []))].filter((id) => !taken.has(id) && (taken.add(id), true)).sort(compareIds),
    canvas: c.canvas,
  }));
  const events = stickies.filter((s) => s.kind === 'event');
  const slices = r.slices.map((s) => ({
    id: take(),
    name: s.name,
    colour: s.colour,
    path: s.path,
    eventIds: [...new Set(s.events.flatMap((i) => pick(events, i)?.id ?? []))],
  }));
  const relationships = r.relationships.flatMap((x) => {
    const up = pick(contexts, x.a);
    const down = pick(contexts, x.b);
    if (!up || !down || up === down) return [];
    const patterns = { upstreamPatterns: [...x.up].sort(compareIds), downstreamPatterns: [...x.down].sort(compareIds) };
    return [{ id: take(), kind: x.kind, upstreamId: up.id, downstreamId: down.id, ...patterns, description: x.description }];
  });
  const goals = r.goals.map((g) => ({ id: take(), ...g }));
  const addedEdges = r.addedEdges.map((e) => ({ id: take(), ...e }));
  const manualEntries = contexts.length === 0 ? [] : r.snap.map((e) => ({ id: take(), contextId: pick(contexts, e.c)!.id, section: e.section, text: e.text }));
  return {
    name: r.name,
    goals: byId(goals),
    stickies: byId(stickies),
    links: byId(links),
    contexts: byId(contexts),
    relationships: byId(relationships),
    swimlanes: byId(lanes),
    slices: byId(slices),
    boris: {
      nodePositions: sortedRecord(r.nodePositions),
      hiddenEdgeIds: [...r.hidden].sort(compareIds),
      addedEdges: byId(addedEdges),
      notes: sortedRecord(r.notes),
    },
    snap: { manualEntries: byId(manualEntries), dismissedIds: [...r.dismissed].sort(compareIds) },
  };
}

/** Valid boards in canonical order (records sorted by id, set-like lists sorted). */
export const arbitraryCanonicalBoard: fc.Arbitrary<Board> = raw.map(build);
