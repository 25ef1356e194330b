import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyCanvas } from '../schema/BoundedContext';
import { DEFAULT_CONTEXT_COLOUR } from '../schema/BoundedContext';
import { addContext, deleteContext, setMembership, updateContext } from './contexts';
import { docToBoard } from './docToBoard';
import { CONTEXT_KEYS, contextMap } from './layout';
import { addSnapEntry } from './overrides';
import { addRelationship } from './records';
import { addSticky, moveStickies } from './stickies';

const frame = { position: { x: 0, y: 0 }, size: { width: 400, height: 300 } };

describe('contexts', () => {
  it('adds a context with an empty canvas and the default colour', () => {
    const doc = new Y.Doc();
    const id = addContext(doc, { name: 'Ordering', ...frame });
    expect(docToBoard(doc).contexts).toEqual([
      { id, name: 'Ordering', colour: DEFAULT_CONTEXT_COLOUR, ...frame, memberIds: [], canvas: emptyCanvas() },
    ]);
    expect(() => addContext(doc, { name: 'x', colour: 'red', ...frame })).toThrow();
  });

  it('updates name, colour, geometry and single canvas fields', () => {
    const doc = new Y.Doc();
    const id = addContext(doc, { name: 'A', ...frame, canvas: { purpose: 'Take orders' } });
    updateContext(doc, id, { name: 'B', colour: '#123456', position: { x: 5, y: 5 }, size: { width: 10, height: 20 } });
    updateContext(doc, id, { canvas: { domainRoles: ['execution'], classification: { domain: 'core', businessModel: ['revenue'], evolution: null } } });
    const c = docToBoard(doc).contexts[0];
    expect(c).toMatchObject({ name: 'B', colour: '#123456', position: { x: 5, y: 5 }, size: { width: 10, height: 20 } });
    expect(c?.canvas).toMatchObject({ purpose: 'Take orders', domainRoles: ['execution'], classification: { domain: 'core' } });
    expect(() => updateContext(doc, id, { canvas: { purpose: 7 as unknown as string } })).toThrow();
    expect(() => updateContext(doc, id, { colour: 'blue' })).toThrow();
  });

  it('places a context on the context map, shared with a peer, merged with a concurrent rename, and hands it back to the layout', () => {
    const a = new Y.Doc();
    const id = addContext(a, { name: 'Ordering', ...frame });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateContext(a, id, { mapPosition: { x: 320, y: -40 } });
    updateContext(b, id, { name: 'Orders' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const doc of [a, b]) expect(docToBoard(doc).contexts[0]).toMatchObject({ name: 'Orders', mapPosition: { x: 320, y: -40 }, position: frame.position });
    expect(() => updateContext(a, id, { mapPosition: { x: Number.NaN, y: 0 } })).toThrow();
    // A hostile value is dropped, the context kept.
    contextMap(a, id)?.set(CONTEXT_KEYS.mapPos, 'over there');
    expect(docToBoard(a).contexts[0]?.mapPosition).toBeUndefined();
    expect(docToBoard(a).contexts).toHaveLength(1);
    updateContext(a, id, { mapPosition: { x: 1, y: 2 } });
    updateContext(a, id, { mapPosition: null });
    expect(docToBoard(a).contexts[0]).not.toHaveProperty('mapPosition');
  });

  it('records the service target decided for a context, shared with a peer, and makes it undecided again', () => {
    const a = new Y.Doc();
    const id = addContext(a, { name: 'Ordering', ...frame });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateContext(a, id, { target: 'spring' });
    updateContext(b, id, { name: 'Orders' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const doc of [a, b]) expect(docToBoard(doc).contexts[0]).toMatchObject({ name: 'Orders', target: 'spring' });
    expect(() => updateContext(a, id, { target: 'cobol' as 'spring' })).toThrow();
    // A target this code does not know (newer code) reads as undecided, the context kept.
    contextMap(a, id)?.set(CONTEXT_KEYS.target, 'kotlin');
    expect(docToBoard(a).contexts[0]).not.toHaveProperty('target');
    expect(docToBoard(a).contexts).toHaveLength(1);
    updateContext(a, id, { target: 'typescript' });
    expect(docToBoard(a).contexts[0]?.target).toBe('typescript');
    updateContext(a, id, { target: null });
    expect(docToBoard(a).contexts[0]).not.toHaveProperty('target');
  });

  it('merges concurrent edits of different canvas fields', () => {
    const a = new Y.Doc();
    const id = addContext(a, { name: 'A', ...frame });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateContext(a, id, { canvas: { purpose: 'p' } });
    updateContext(b, id, { canvas: { assumptions: ['x'] } });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) expect(docToBoard(doc).contexts[0]?.canvas).toMatchObject({ purpose: 'p', assumptions: ['x'] });
  });

  it('sets and clears membership; joining one context leaves the other', () => {
    const doc = new Y.Doc();
    const s1 = addSticky(doc, { kind: 'event', position: { x: 1, y: 1 } });
    const s2 = addSticky(doc, { kind: 'event', position: { x: 2, y: 2 } });
    const c1 = addContext(doc, { name: 'A', ...frame, memberIds: [s1, s2] });
    const c2 = addContext(doc, { name: 'B', ...frame });
    setMembership(doc, c2, [s2, 'gone'], true);
    let board = docToBoard(doc);
    expect(board.contexts.find((c) => c.id === c1)?.memberIds).toEqual([s1]);
    expect(board.contexts.find((c) => c.id === c2)?.memberIds).toEqual([s2]);
    setMembership(doc, c1, [s1], false);
    board = docToBoard(doc);
    expect(board.contexts.find((c) => c.id === c1)?.memberIds).toEqual([]);
  });

  it('moves a frame with its members in one outer transaction', () => {
    const doc = new Y.Doc();
    const s = addSticky(doc, { kind: 'event', position: { x: 10, y: 10 } });
    const c = addContext(doc, { name: 'A', ...frame, memberIds: [s] });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    doc.transact(() => {
      updateContext(doc, c, { position: { x: 100, y: 0 } });
      moveStickies(doc, [{ id: s, position: { x: 110, y: 10 } }]);
    }, 'me');
    expect(transactions).toBe(1);
    expect(docToBoard(doc).stickies[0]?.position).toEqual({ x: 110, y: 10 });
  });

  it('deletes a context with its relationships and manual SNAP-E entries, keeping stickies', () => {
    const doc = new Y.Doc();
    const s = addSticky(doc, { kind: 'event', position: { x: 10, y: 10 } });
    const c1 = addContext(doc, { name: 'A', ...frame, memberIds: [s] });
    const c2 = addContext(doc, { name: 'B', ...frame });
    addRelationship(doc, { kind: 'partnership', upstreamId: c1, downstreamId: c2 });
    addSnapEntry(doc, { contextId: c1, section: 'risks', text: 'r' });
    const keep = addSnapEntry(doc, { contextId: c2, section: 'risks', text: 'r' });
    deleteContext(doc, c1);
    const board = docToBoard(doc);
    expect(board.contexts.map((c) => c.id)).toEqual([c2]);
    expect(board.relationships).toEqual([]);
    expect(board.snap.manualEntries.map((e) => e.id)).toEqual([keep]);
    expect(board.stickies).toHaveLength(1);
    expect(JSON.stringify(doc.toJSON())).not.toContain(c1);
  });
});
