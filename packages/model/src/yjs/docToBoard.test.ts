import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyBoard } from '../emptyBoard';
import { serialiseBoard } from '../file/serialise';
import { arbitraryBoard } from '../testing/arbitraryBoard';
import type { Board } from '../schema/Board';
import { emptyCanvas } from '../schema/BoundedContext';
import { boardToDoc } from './boardToDoc';
import { docToBoard } from './docToBoard';
import { boardMaps, readLayoutVersion, YJS_LAYOUT_VERSION } from './layout';
import { arbitraryCanonicalBoard } from './test/boards';
import { clean } from './write';
import { boardProblems } from './test/integrity';

function sample(): Board {
  const b = emptyBoard('Sample');
  b.swimlanes = [{ id: 'lane1', name: 'Customer', y: 0, height: 300 }];
  b.stickies = [
    { id: 'agg', kind: 'aggregate', text: 'Order', description: '', position: { x: 0, y: 0 }, size: { width: 220, height: 140 }, laneId: null },
    { id: 'cmd', kind: 'command', text: 'Place order', description: '', position: { x: 10, y: 0 }, size: { width: 160, height: 100 }, laneId: 'lane1', fields: [{ name: 'id', type: 'uuid', list: false, required: true, description: '' }] },
    { id: 'evt', kind: 'event', text: 'Order placed', description: 'd', position: { x: 20, y: 0 }, size: { width: 160, height: 100 }, laneId: null, pivotal: true },
  ];
  b.links = [
    { id: 'l1', kind: 'invokedOn', from: 'cmd', to: 'agg', label: '' },
    { id: 'l2', kind: 'produces', from: 'agg', to: 'evt', label: '' },
  ];
  b.slices = [{ id: 's1', name: 'Happy', colour: '#FFA960', path: 'happy', eventIds: ['evt'] }];
  return b;
}

describe('boardToDoc / docToBoard', () => {
  it('round-trips a hand-written board and records the layout version', () => {
    const doc = boardToDoc(sample());
    expect(docToBoard(doc)).toEqual(sample());
    expect(readLayoutVersion(doc)).toBe(YJS_LAYOUT_VERSION);
  });

  it('round-trips every generated board losslessly, in canonical order', () => {
    fc.assert(
      fc.property(arbitraryCanonicalBoard, (board) => {
        expect(boardProblems(board)).toEqual([]);
        const out = docToBoard(boardToDoc(board));
        expect(out).toEqual(board);
        expect(JSON.stringify(out)).toBe(JSON.stringify(board));
        expect(serialiseBoard(out)).toBe(serialiseBoard(board));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('round-trips the shared arbitraryBoard() boards (hostile text) as far as Yjs can carry them', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const doc = boardToDoc(board);
        const out = docToBoard(doc);
        expect(boardProblems(out)).toEqual([]);
        // Lone surrogates cannot cross Yjs' UTF-8 encoding; they become U+FFFD everywhere.
        // Hidden Boris edges and dismissed SNAP-E entries are sets in the document.
        const expected = clean(board);
        expected.boris.hiddenEdgeIds = [...new Set(expected.boris.hiddenEdgeIds)];
        expected.snap.dismissedIds = [...new Set(expected.snap.dismissedIds)];
        expect(serialiseBoard(out)).toBe(serialiseBoard(expected));
        const peer = new Y.Doc();
        Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
        expect(serialiseBoard(docToBoard(peer))).toBe(serialiseBoard(out));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('round-trips through an encoded update (what a peer receives)', () => {
    fc.assert(
      fc.property(arbitraryCanonicalBoard, (board) => {
        const peer = new Y.Doc();
        Y.applyUpdate(peer, Y.encodeStateAsUpdate(boardToDoc(board)));
        expect(docToBoard(peer)).toEqual(board);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('replaces what the document held', () => {
    const doc = boardToDoc(sample());
    boardToDoc(emptyBoard('Other'), doc);
    expect(docToBoard(doc)).toEqual(emptyBoard('Other'));
  });

  it('reads an empty document as an empty, valid board', () => {
    expect(docToBoard(new Y.Doc())).toEqual(emptyBoard(''));
  });
});

describe('docToBoard repairs', () => {
  it('drops links, members and slice events whose stickies are gone, and unknown lanes', () => {
    const b = sample();
    b.contexts = [{ id: 'c1', name: 'Ordering', colour: '#000000', position: { x: 0, y: 0 }, size: { width: 10, height: 10 }, memberIds: ['agg', 'evt'], canvas: emptyCanvas() }];
    const doc = boardToDoc(b);
    const maps = boardMaps(doc);
    // What a concurrent delete leaves behind: the sticky map is gone, references stay.
    maps.stickies.delete('evt');
    maps.swimlanes.delete('lane1');
    const out = docToBoard(doc);
    expect(out.links.map((l) => l.id)).toEqual(['l1']);
    expect(out.slices[0]?.eventIds).toEqual([]);
    expect(out.contexts[0]?.memberIds).toEqual(['agg']);
    expect(out.stickies.find((s) => s.id === 'cmd')?.laneId).toBeNull();
    expect(boardProblems(out)).toEqual([]);
  });

  it('drops a relationship from a context to itself and sorts pattern sets', () => {
    const b = sample();
    const frame = { colour: '#000000', position: { x: 0, y: 0 }, size: { width: 10, height: 10 }, canvas: emptyCanvas(), memberIds: [] };
    b.contexts = [{ id: 'a', name: 'A', ...frame }, { id: 'b', name: 'B', ...frame }];
    const doc = boardToDoc(b);
    const rel = { kind: 'upstreamDownstream', upstreamPatterns: ['PL', 'OHS'], downstreamPatterns: [], description: '' };
    boardMaps(doc).relationships.set('r1', { ...rel, upstreamId: 'a', downstreamId: 'a' });
    boardMaps(doc).relationships.set('r2', { ...rel, upstreamId: 'a', downstreamId: 'b' });
    const out = docToBoard(doc);
    expect(out.relationships.map((r) => [r.id, r.upstreamPatterns])).toEqual([['r2', ['OHS', 'PL']]]);
    expect(boardProblems(out)).toEqual([]);
  });

  it('keeps a doubly claimed sticky only in the context with the smallest id', () => {
    const b = sample();
    const canvas = emptyCanvas();
    const frame = { colour: '#000000', position: { x: 0, y: 0 }, size: { width: 10, height: 10 }, canvas };
    b.contexts = [
      { id: 'b', name: 'B', memberIds: ['agg', 'cmd'], ...frame },
      { id: 'a', name: 'A', memberIds: ['agg'], ...frame },
    ];
    const out = docToBoard(boardToDoc(b));
    expect(out.contexts.map((c) => [c.id, c.memberIds])).toEqual([
      ['a', ['agg']],
      ['b', ['cmd']],
    ]);
  });

  it('re-infers or drops a link whose end changed kind concurrently', () => {
    const doc = boardToDoc(sample());
    const stickies = boardMaps(doc).stickies;
    (stickies.get('evt') as Y.Map<unknown>).set('kind', 'note'); // agg -> note: not allowed
    (stickies.get('agg') as Y.Map<unknown>).set('kind', 'externalSystem'); // cmd -> ext: still invokedOn
    const out = docToBoard(doc);
    expect(out.links).toEqual([{ id: 'l1', kind: 'invokedOn', from: 'cmd', to: 'agg', label: '' }]);
    expect(out.stickies.find((s) => s.id === 'evt')).not.toHaveProperty('pivotal');
    expect(boardProblems(out)).toEqual([]);
  });

  it('skips or cleans values from a hostile peer instead of throwing', () => {
    const doc = boardToDoc(sample());
    const maps = boardMaps(doc);
    doc.transact(() => {
      maps.board.set('name', 42);
      maps.stickies.set('bad id!', new Y.Map());
      maps.stickies.set('plain', { kind: 'event', pos: { x: 0, y: 0 } });
      const noKind = new Y.Map<unknown>();
      noKind.set('pos', { x: 1, y: 1 });
      maps.stickies.set('nokind', noKind);
      const weird = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ kind: 'command', pos: { x: 1, y: 2 }, size: { width: -1, height: 5 }, text: 7, pivotal: true, fields: [{ name: '' }] })) weird.set(k, v);
      maps.stickies.set('weird', weird);
      maps.links.set('l3', { kind: 'explodes', from: 'cmd', to: 'agg' });
      maps.links.set('l4', 'not an object');
      maps.links.set('agg', { kind: 'invokedOn', from: 'cmd', to: 'agg', label: '' }); // id used by a sticky
      maps.links.set('self', { kind: 'precedes', from: 'evt', to: 'evt', label: '' });
      maps.goals.set('constructor', { kind: 'goal', text: 'reserved id', keyResults: [] });
      maps.contexts.set('c9', { name: 'plain object, not a map' });
      maps.goals.set('g1', [1, 2]);
      maps.borisNodePositions.set('__proto__', { x: 1, y: 2 });
      maps.borisNodePositions.set('n1', { x: 'a', y: 2 });
      maps.borisHiddenEdges.set('e1', 'yes');
      maps.borisNotes.set('n2', 5);
      maps.snapManual.set('m1', { contextId: 'nope', section: 'apis', text: '' });
      maps.snapDismissed.set('d1', true);
    });
    const out = docToBoard(doc);
    expect(boardProblems(out)).toEqual([]);
    expect(out.name).toBe('');
    expect(out.stickies.map((s) => s.id)).toEqual(['agg', 'cmd', 'evt', 'weird']);
    expect(out.stickies.find((s) => s.id === 'weird')).toEqual({
      id: 'weird', kind: 'command', text: '', description: '', position: { x: 1, y: 2 }, size: { width: 160, height: 100 }, laneId: null, fields: [],
    });
    expect(out.links.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(out.contexts).toEqual([]);
    expect(out.goals).toEqual([]);
    expect(Object.getPrototypeOf(out.boris.nodePositions)).toBe(Object.prototype);
    expect(Object.keys(out.boris.nodePositions)).toEqual(['__proto__']);
    expect(out.boris.hiddenEdgeIds).toEqual([]);
    expect(out.boris.notes).toEqual({});
    expect(out.snap).toEqual({ manualEntries: [], dismissedIds: ['d1'] });
  });
});
