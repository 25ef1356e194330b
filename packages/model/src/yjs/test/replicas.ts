// Test support (not exported): replicas of one board exchanging updates over a
// simulated network, and the random mutations the convergence property test applies.
import fc from 'fast-check';
import * as Y from 'yjs';
import { inferLinkKind } from '../../grammar';
import type { Board } from '../../schema/Board';
import { STICKY_KINDS } from '../../schema/notation';
import { boardToDoc } from '../boardToDoc';
import { addContext, deleteContext, setMembership, updateContext } from '../contexts';
import { boardMaps } from '../layout';
import { addLink, deleteLinks } from '../links';
import { readSticky } from '../read';
import {
  addBorisEdge,
  addSnapEntry,
  deleteBorisEdge,
  dismissSnapEntry,
  hideBorisEdge,
  moveBorisNode,
  restoreSnapEntry,
  setBorisNote,
  showBorisEdge,
} from '../overrides';
import {
  addGoal,
  addRelationship,
  relationshipIdBetween,
  addSlice,
  addSwimlane,
  deleteRelationship,
  deleteSlice,
  deleteSwimlane,
  moveSliceEvent,
  setBoardName,
  updateGoal,
  updateSlice,
} from '../records';
import { addSticky, deleteStickies, duplicateStickies, moveStickies, resizeSticky, updateSticky } from '../stickies';

/** A set of replicas plus every local update each of them produced, in order. */
export interface Network {
  docs: Y.Doc[];
  /** Local updates, each with its author; delivery may happen in any order. */
  log: { author: number; update: Uint8Array }[];
  /** Per replica, indices of log entries already applied (its own count as applied). */
  applied: Set<number>[];
}

/** `count` replicas starting from the same board, each with a fixed client id. */
export function replicasOf(board: Board, count: number): Network {
  const base = boardToDoc(board, withClient(new Y.Doc(), 1000));
  const initial = Y.encodeStateAsUpdate(base);
  const net: Network = { docs: [], log: [], applied: [] };
  for (let i = 0; i < count; i++) {
    const doc = withClient(new Y.Doc(), i + 1);
    Y.applyUpdate(doc, initial);
    net.applied.push(new Set());
    doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
      if (!tr.local) return;
      net.applied[i]?.add(net.log.length);
      net.log.push({ author: i, update });
    });
    net.docs.push(doc);
  }
  return net;
}

function withClient(doc: Y.Doc, id: number): Y.Doc {
  doc.clientID = id;
  return doc;
}

/** Delivers log entry `index` to replica `to` (no-op if already applied). */
export function deliver(net: Network, index: number, to: number): void {
  const entry = net.log[index];
  const doc = net.docs[to];
  if (!entry || !doc || net.applied[to]?.has(index)) return;
  net.applied[to]?.add(index);
  Y.applyUpdate(doc, entry.update, 'remote');
}

/** One random step: a replica edits, or the network delivers something. */
export type Step =
  | { t: 'edit'; replica: number; op: number; a: number; b: number; c: number; kind: number; text: string }
  | { t: 'deliver'; pick: number; to: number }
  | { t: 'sync'; from: number; to: number };

const small = fc.nat({ max: 1000 });
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('edit' as const), replica: small, op: fc.nat({ max: 39 }), a: small, b: small, c: small, kind: fc.nat({ max: STICKY_KINDS.length - 1 }), text: fc.string({ maxLength: 6 }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('deliver' as const), pick: small, to: small }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('sync' as const), from: small, to: small }) },
);

const keys = (map: Y.Map<unknown>) => [...map.keys()].sort();
const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

let counter = 0;

/** Applies one step to the network. Edits always go through the public mutation helpers. */
export function runStep(net: Network, step: Step): void {
  if (step.t === 'deliver') {
    if (net.log.length > 0) deliver(net, step.pick % net.log.length, step.to % net.docs.length);
    return;
  }
  if (step.t === 'sync') {
    // y-protocols sync step 2: the diff against the receiver's state vector.
    const from = net.docs[step.from % net.docs.length] as Y.Doc;
    const to = net.docs[step.to % net.docs.length] as Y.Doc;
    if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
    return;
  }
  const replica = step.replica % net.docs.length;
  edit(net.docs[replica] as Y.Doc, replica, step);
}

function edit(doc: Y.Doc, replica: number, s: Extract<Step, { t: 'edit' }>): void {
  const maps = boardMaps(doc);
  const stickies = keys(maps.stickies);
  const contexts = keys(maps.contexts);
  const sA = pick(stickies, s.a);
  const sB = pick(stickies, s.b);
  const ctx = pick(contexts, s.c);
  const fresh = () => `r${replica}n${counter++}`;
  const at = { x: s.a - 500, y: s.b - 500 };
  const kind = STICKY_KINDS[s.kind] ?? 'note';
  switch (s.op) {
    case 0: case 1: case 32: case 33: case 34: case 35: addSticky(doc, { id: fresh(), kind, position: at, text: s.text }, 'me'); break;
    case 2: case 3: moveStickies(doc, stickies.filter((_, i) => (i + s.c) % 3 === 0).map((id) => ({ id, position: at })), 'me'); break;
    case 4: if (sA) resizeSticky(doc, sA, { width: 1 + s.b, height: 1 + s.c }, s.c % 2 ? at : undefined); break;
    case 5: if (sA) updateSticky(doc, sA, { text: s.text, description: s.text + s.b }); break;
    case 6: if (sA) updateSticky(doc, sA, { kind }); break;
    case 7: if (sA) setFlag(doc, sA, s); break;
    case 8: if (sA) deleteStickies(doc, s.c % 3 ? [sA] : [sA, ...(sB ? [sB] : [])]); break;
    case 10: if (sA) duplicateStickies(doc, sB ? [sA, sB] : [sA], { x: 10, y: 10 }); break;
    case 9: case 11: case 12: case 36: case 37: { const to = sA && linkTarget(doc, stickies, sA, s.b); if (sA && to) addLink(doc, sA, to, { id: fresh(), label: s.text }); break; }
    case 13: { const l = pick(keys(maps.links), s.c); if (l) deleteLinks(doc, [l]); break; }
    case 14: addContext(doc, { id: fresh(), name: s.text, position: at, size: { width: 100, height: 100 }, memberIds: sA ? [sA] : [] }); break;
    case 15: case 16: if (ctx && sA) setMembership(doc, ctx, sB ? [sA, sB] : [sA], s.kind % 3 !== 0); break;
    case 17: if (ctx) updateContext(doc, ctx, s.kind % 2 ? { canvas: { purpose: s.text } } : { name: s.text, position: at }); break;
    case 18: if (ctx) deleteContext(doc, ctx); break;
    case 19: { const lane = addSwimlane(doc, { id: fresh(), name: s.text, y: s.b, height: 1 + s.c }); if (sA) updateSticky(doc, sA, { laneId: lane }); break; }
    case 20: { const lane = pick(keys(maps.swimlanes), s.c); if (lane) deleteSwimlane(doc, lane); break; }
    case 21: { const events = stickies.filter((id) => maps.stickies.get(id) instanceof Y.Map && (maps.stickies.get(id) as Y.Map<unknown>).get('kind') === 'event'); addSlice(doc, { id: fresh(), name: s.text, colour: '#FFA960', eventIds: events.slice(0, 3) }); break; }
    case 22: { const sl = pick(keys(maps.slices), s.c); if (sl) moveSliceEvent(doc, sl, s.a % 3, s.b % 3); break; }
    case 23: { const sl = pick(keys(maps.slices), s.c); if (sl && s.kind % 2) deleteSlice(doc, sl); else if (sl && sA && readSticky(maps.stickies.get(sA), sA)?.kind === 'event') updateSlice(doc, sl, { eventIds: [sA] }); break; }
    case 24: { const other = pick(contexts, s.a); if (ctx && other && ctx !== other && relationshipIdBetween(doc, ctx, other) === null) addRelationship(doc, { id: fresh(), kind: 'partnership', upstreamId: ctx, downstreamId: other }); break; }
    case 25: { const r = pick(keys(maps.relationships), s.c); if (r) deleteRelationship(doc, r); break; }
    case 26: moveBorisNode(doc, `node${s.c % 4}`, s.kind % 3 ? at : null); break;
    case 27: if (s.kind % 2) hideBorisEdge(doc, `edge${s.c % 4}`); else showBorisEdge(doc, `edge${s.c % 4}`); break;
    case 28: { const e = pick(keys(maps.borisAddedEdges), s.c); if (e && s.kind % 2) deleteBorisEdge(doc, e); else addBorisEdge(doc, { id: fresh(), from: 'a', to: 'b', mode: 'sync' }); setBorisNote(doc, `node${s.a % 4}`, s.text || null); break; }
    case 29: if (ctx) addSnapEntry(doc, { id: fresh(), contextId: ctx, section: 'risks', text: s.text }); break;
    case 30: if (s.kind % 2) dismissSnapEntry(doc, `snap${s.c % 4}`); else restoreSnapEntry(doc, `snap${s.c % 4}`); break;
    default: {
      setBoardName(doc, s.text);
      const g = pick(keys(maps.goals), s.c);
      if (g) updateGoal(doc, g, { text: s.text });
      else addGoal(doc, { id: fresh(), text: s.text });
    }
  }
}

/** A sticky the grammar lets `from` connect to, searching from index `start`. */
function linkTarget(doc: Y.Doc, stickies: readonly string[], from: string, start: number): string | undefined {
  const kindOf = (id: string) => readSticky(boardMaps(doc).stickies.get(id), id)?.kind;
  const fromKind = kindOf(from);
  if (!fromKind) return undefined;
  for (let i = 0; i < stickies.length; i++) {
    const id = stickies[(start + i) % stickies.length] as string;
    const toKind = kindOf(id);
    if (id !== from && toKind && inferLinkKind(fromKind, toKind).ok) return id;
  }
  return undefined;
}

/** Sets whichever kind-specific property the sticky's current kind allows. */
function setFlag(doc: Y.Doc, id: string, s: Extract<Step, { t: 'edit' }>): void {
  const sticky = readSticky(boardMaps(doc).stickies.get(id), id);
  const on = s.c % 2 === 0;
  switch (sticky?.kind) {
    case 'event': updateSticky(doc, id, s.b % 2 ? { pivotal: on } : { timed: on ? true : null }); break;
    case 'policy': updateSticky(doc, id, { policyMode: on ? 'manual' : 'automated' }); break;
    case 'hotspot': updateSticky(doc, id, { resolved: on }); break;
    case 'command': case 'aggregate': case 'readModel':
      updateSticky(doc, id, { fields: on ? [{ name: s.text || 'f', type: 'string', list: false, required: on, description: '' }] : null }); break;
    default: updateSticky(doc, id, { text: s.text });
  }
}
