import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addContext } from './contexts';
import { docToBoard } from './docToBoard';
import {
  addBorisEdge,
  addSnapEntry,
  deleteBorisEdge,
  deleteSnapEntry,
  dismissSnapEntry,
  hideBorisEdge,
  moveBorisNode,
  restoreSnapEntry,
  setBorisEdgeMode,
  setBorisNote,
  showBorisEdge,
  updateBorisEdge,
  updateSnapEntry,
} from './overrides';
import {
  addGoal,
  addRelationship,
  relationshipIdBetween,
  addSlice,
  addSwimlane,
  deleteGoal,
  deleteRelationship,
  deleteSlice,
  deleteSwimlane,
  moveSliceEvent,
  setBoardName,
  updateGoal,
  updateRelationship,
  updateSlice,
  updateSwimlane,
} from './records';
import { addSticky } from './stickies';

const frame = { position: { x: 0, y: 0 }, size: { width: 10, height: 10 } };

describe('board name, goals and swimlanes', () => {
  it('renames the board', () => {
    const doc = new Y.Doc();
    setBoardName(doc, 'Food delivery');
    expect(docToBoard(doc).name).toBe('Food delivery');
    setBoardName(doc, 'x'.repeat(201));
    expect(docToBoard(doc).name).toBe('x'.repeat(200));
  });

  it('adds, edits and deletes goals', () => {
    const doc = new Y.Doc();
    const g = addGoal(doc, { text: 'Faster claims' });
    updateGoal(doc, g, { kind: 'nonGoal', keyResults: ['< 2 days'] });
    expect(docToBoard(doc).goals).toEqual([{ id: g, kind: 'nonGoal', text: 'Faster claims', keyResults: ['< 2 days'] }]);
    expect(() => updateGoal(doc, g, { kind: 'wish' as never })).toThrow();
    deleteGoal(doc, g);
    expect(docToBoard(doc).goals).toEqual([]);
  });

  it('adds, edits and deletes swimlanes; stickies in a deleted lane lose the lane', () => {
    const doc = new Y.Doc();
    const lane = addSwimlane(doc, { name: 'Customer', y: 0, height: 200 });
    updateSwimlane(doc, lane, { name: 'Clerk', height: 300 });
    expect(docToBoard(doc).swimlanes).toEqual([{ id: lane, name: 'Clerk', y: 0, height: 300 }]);
    const s = addSticky(doc, { kind: 'actor', position: { x: 0, y: 0 }, laneId: lane });
    deleteSwimlane(doc, lane);
    const board = docToBoard(doc);
    expect(board.swimlanes).toEqual([]);
    expect(board.stickies.find((x) => x.id === s)?.laneId).toBeNull();
    expect(() => addSwimlane(doc, { name: 'x', y: 0, height: 0 })).toThrow();
  });
});

describe('slices and relationships', () => {
  it('adds, edits, reorders and deletes slices', () => {
    const doc = new Y.Doc();
    const [e1, e2, e3] = [1, 2, 3].map((x) => addSticky(doc, { kind: 'event', position: { x, y: 0 } }));
    const s = addSlice(doc, { name: 'Happy', colour: '#FFA960', eventIds: [e1!, e2!, e3!] });
    moveSliceEvent(doc, s, 0, 2);
    expect(docToBoard(doc).slices[0]?.eventIds).toEqual([e2, e3, e1]);
    moveSliceEvent(doc, s, 2, -5);
    expect(docToBoard(doc).slices[0]?.eventIds).toEqual([e1, e2, e3]);
    moveSliceEvent(doc, s, 7, 0);
    updateSlice(doc, s, { name: 'Unhappy', path: 'unhappy', eventIds: [e3!] });
    expect(docToBoard(doc).slices).toEqual([{ id: s, name: 'Unhappy', colour: '#FFA960', path: 'unhappy', eventIds: [e3] }]);
    deleteSlice(doc, s);
    expect(docToBoard(doc).slices).toEqual([]);
  });

  it('adds, edits and deletes relationships', () => {
    const doc = new Y.Doc();
    const a = addContext(doc, { name: 'A', ...frame });
    const b = addContext(doc, { name: 'B', ...frame });
    const r = addRelationship(doc, { kind: 'upstreamDownstream', upstreamId: a, downstreamId: b, upstreamPatterns: ['OHS'] });
    updateRelationship(doc, r, { downstreamPatterns: ['ACL'], description: 'orders feed' });
    expect(docToBoard(doc).relationships).toEqual([
      { id: r, kind: 'upstreamDownstream', upstreamId: a, downstreamId: b, upstreamPatterns: ['OHS'], downstreamPatterns: ['ACL'], description: 'orders feed' },
    ]);
    deleteRelationship(doc, r);
    expect(docToBoard(doc).relationships).toEqual([]);
  });

  it('refuses a second relationship for the same pair of contexts, in either direction', () => {
    const doc = new Y.Doc();
    const a = addContext(doc, { name: 'A', ...frame });
    const b = addContext(doc, { name: 'B', ...frame });
    const c = addContext(doc, { name: 'C', ...frame });
    const r = addRelationship(doc, { kind: 'upstreamDownstream', upstreamId: a, downstreamId: b, upstreamPatterns: ['OHS', 'PL'], downstreamPatterns: ['ACL'] });
    expect(() => addRelationship(doc, { kind: 'sharedKernel', upstreamId: b, downstreamId: a })).toThrow(/already have a relationship/);
    expect(() => addRelationship(doc, { kind: 'upstreamDownstream', upstreamId: a, downstreamId: b })).toThrow(/already have a relationship/);
    expect(relationshipIdBetween(doc, b, a)).toBe(r);
    const r2 = addRelationship(doc, { kind: 'partnership', upstreamId: b, downstreamId: c });
    // Moving an end onto a pair that is taken is refused too; swapping ends is not.
    expect(() => updateRelationship(doc, r2, { downstreamId: a })).toThrow(/already have a relationship/);
    updateRelationship(doc, r, { upstreamId: b, downstreamId: a });
    expect(docToBoard(doc).relationships.map((x) => x.id).sort()).toEqual([r, r2].sort());
  });
});

describe('Boris and SNAP-E overrides', () => {
  it('pins nodes, hides edges, adds edges and notes', () => {
    const doc = new Y.Doc();
    moveBorisNode(doc, 'service:ctx1', { x: 10, y: 20 });
    moveBorisNode(doc, 'topic:e1', { x: 1, y: 2 });
    moveBorisNode(doc, 'topic:e1', null);
    hideBorisEdge(doc, 'edge:a');
    hideBorisEdge(doc, 'edge:b');
    showBorisEdge(doc, 'edge:b');
    const e = addBorisEdge(doc, { from: 'service:ctx1', to: 'external:x', mode: 'sync' });
    updateBorisEdge(doc, e, { mode: 'async', label: 'webhook' });
    const gone = addBorisEdge(doc, { from: 'a', to: 'b', mode: 'sync' });
    deleteBorisEdge(doc, gone);
    setBorisNote(doc, 'service:ctx1', 'owns payments');
    setBorisNote(doc, 'edge:a', 'x');
    setBorisNote(doc, 'edge:a', '');
    expect(docToBoard(doc).boris).toEqual({
      nodePositions: { 'service:ctx1': { x: 10, y: 20 } },
      hiddenEdgeIds: ['edge:a'],
      addedEdges: [{ id: e, from: 'service:ctx1', to: 'external:x', mode: 'async', label: 'webhook' }],
      notes: { 'service:ctx1': 'owns payments' },
    });
    expect(() => moveBorisNode(doc, '', { x: 0, y: 0 })).toThrow();
  });

  it('switches a derived Boris edge’s mode, switches it back, refuses a mode that is not one', () => {
    const doc = new Y.Doc();
    setBorisEdgeMode(doc, 'edge:sync:svc:a:svc:b:c1', 'async');
    setBorisEdgeMode(doc, 'edge:async:svc:a:topic:e1', 'sync');
    setBorisEdgeMode(doc, 'edge:async:svc:a:topic:e1', null);
    expect(docToBoard(doc).boris.edgeModes).toEqual({ 'edge:sync:svc:a:svc:b:c1': 'async' });
    expect(() => setBorisEdgeMode(doc, 'edge:x', 'carrier pigeon' as never)).toThrow();
    // None switched: the key is left out, so older boards serialise unchanged.
    setBorisEdgeMode(doc, 'edge:sync:svc:a:svc:b:c1', null);
    expect(docToBoard(doc).boris).not.toHaveProperty('edgeModes');
  });

  it('adds, edits and deletes manual SNAP-E entries; dismisses and restores derived ones', () => {
    const doc = new Y.Doc();
    const c = addContext(doc, { name: 'A', ...frame });
    const m = addSnapEntry(doc, { contextId: c, section: 'apis', text: 'POST /orders' });
    updateSnapEntry(doc, m, { section: 'data', text: 'Order' });
    const gone = addSnapEntry(doc, { contextId: c, section: 'risks', text: '?' });
    deleteSnapEntry(doc, gone);
    dismissSnapEntry(doc, 'snap:a');
    dismissSnapEntry(doc, 'snap:b');
    restoreSnapEntry(doc, 'snap:a');
    expect(docToBoard(doc).snap).toEqual({
      manualEntries: [{ id: m, contextId: c, section: 'data', text: 'Order' }],
      dismissedIds: ['snap:b'],
    });
  });
});
