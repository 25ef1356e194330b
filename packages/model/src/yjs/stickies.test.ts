import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyBoard } from '../emptyBoard';
import { Id } from '../schema/ids';
import { boardToDoc } from './boardToDoc';
import { addContext, setMembership } from './contexts';
import { docToBoard } from './docToBoard';
import { stickyMap } from './layout';
import { addLink } from './links';
import { newId } from './newId';
import { readSticky } from './read';
import { addSlice, addSwimlane } from './records';
import { addSticky, deleteStickies, duplicateStickies, moveStickies, resizeSticky, updateSticky } from './stickies';
import { boardProblems } from './test/integrity';

const at = (x: number, y: number) => ({ x, y });
const sticky = (doc: Y.Doc, id: string) => docToBoard(doc).stickies.find((s) => s.id === id);

describe('newId', () => {
  it('makes distinct ids that match the Id schema', () => {
    const ids = Array.from({ length: 2000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
  });
});

describe('addSticky', () => {
  it('adds a sticky with defaults from its kind and returns the id', () => {
    const doc = new Y.Doc();
    const id = addSticky(doc, { kind: 'aggregate', position: at(5, 6), text: 'Order' });
    expect(sticky(doc, id)).toEqual({
      id, kind: 'aggregate', text: 'Order', description: '', position: at(5, 6), size: { width: 220, height: 140 }, laneId: null,
    });
    expect(readSticky(stickyMap(doc, id))).toEqual(sticky(doc, id));
  });

  it('keeps a given id and kind-specific flags, and refuses flags on the wrong kind', () => {
    const doc = new Y.Doc();
    addSticky(doc, { id: 'e1', kind: 'event', position: at(0, 0), pivotal: true, timed: false });
    expect(sticky(doc, 'e1')).toMatchObject({ pivotal: true, timed: false });
    expect(() => addSticky(doc, { kind: 'command', position: at(0, 0), pivotal: true })).toThrow();
    expect(docToBoard(doc).stickies).toHaveLength(1);
  });

  it('passes the origin to the transaction', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    addSticky(doc, { kind: 'note', position: at(0, 0) }, 'me');
    addSticky(doc, { kind: 'note', position: at(0, 0) });
    expect(origins).toEqual(['me', null]);
  });
});

describe('moveStickies and resizeSticky', () => {
  it('moves a batch in one transaction and ignores missing ids', () => {
    const doc = new Y.Doc();
    const a = addSticky(doc, { kind: 'note', position: at(0, 0) });
    const b = addSticky(doc, { kind: 'note', position: at(0, 0) });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    moveStickies(doc, [{ id: a, position: at(1, 2) }, { id: b, position: at(3, 4) }, { id: 'gone', position: at(9, 9) }]);
    expect(transactions).toBe(1);
    expect(sticky(doc, a)?.position).toEqual(at(1, 2));
    expect(sticky(doc, b)?.position).toEqual(at(3, 4));
    expect(docToBoard(doc).stickies).toHaveLength(2);
    expect(() => moveStickies(doc, [{ id: a, position: at(Number.NaN, 0) }])).toThrow();
  });

  it('resizes, optionally moving the top-left corner', () => {
    const doc = new Y.Doc();
    const a = addSticky(doc, { kind: 'note', position: at(0, 0) });
    resizeSticky(doc, a, { width: 300, height: 200 });
    expect(sticky(doc, a)).toMatchObject({ size: { width: 300, height: 200 }, position: at(0, 0) });
    resizeSticky(doc, a, { width: 310, height: 210 }, at(-10, -10));
    expect(sticky(doc, a)).toMatchObject({ size: { width: 310, height: 210 }, position: at(-10, -10) });
    expect(() => resizeSticky(doc, a, { width: 0, height: 10 })).toThrow();
  });
});

describe('updateSticky', () => {
  it('edits text, description, lane, flags and fields; null removes a flag', () => {
    const doc = new Y.Doc();
    const lane = addSwimlane(doc, { name: 'L', y: 0, height: 100 });
    const e = addSticky(doc, { kind: 'event', position: at(0, 0) });
    const fields = [{ name: 'orderId', type: 'uuid' as const, list: false, required: true, description: '' }];
    updateSticky(doc, e, { text: 'Order placed', description: 'why', laneId: lane, pivotal: true, fields });
    expect(sticky(doc, e)).toMatchObject({ text: 'Order placed', description: 'why', laneId: lane, pivotal: true, fields });
    updateSticky(doc, e, { pivotal: null });
    expect(sticky(doc, e)).not.toHaveProperty('pivotal');
    expect(sticky(doc, e)?.fields).toEqual(fields);
    expect(() => updateSticky(doc, e, { policyMode: 'manual' })).toThrow();
    updateSticky(doc, e, { text: 'x'.repeat(600) });
    expect(sticky(doc, e)?.text).toHaveLength(500);
  });

  it('writes only the keys that changed, so concurrent edits of other keys survive', () => {
    const doc = new Y.Doc();
    const e = addSticky(doc, { kind: 'event', position: at(0, 0), text: 'a' });
    const written: string[] = [];
    stickyMap(doc, e)?.observe((ev) => written.push(...ev.keysChanged));
    updateSticky(doc, e, { text: 'b', timed: true });
    expect(written.sort()).toEqual(['text', 'timed']);
  });

  it('on a kind change drops foreign flags, re-infers or deletes links and leaves slices', () => {
    const doc = new Y.Doc();
    const cmd = addSticky(doc, { kind: 'command', position: at(0, 0) });
    const agg = addSticky(doc, { kind: 'aggregate', position: at(0, 0) });
    const evt = addSticky(doc, { kind: 'event', position: at(0, 0), pivotal: true });
    const pol = addSticky(doc, { kind: 'policy', position: at(0, 0) });
    addLink(doc, cmd, agg);
    addLink(doc, agg, evt);
    addLink(doc, evt, pol);
    const slice = addSlice(doc, { name: 'S', colour: '#FFA960', eventIds: [evt] });
    updateSticky(doc, agg, { kind: 'externalSystem' });
    expect(docToBoard(doc).links.map((l) => l.kind).sort()).toEqual(['activates', 'invokedOn', 'produces']);
    updateSticky(doc, evt, { kind: 'hotspot' });
    const board = docToBoard(doc);
    expect(board.stickies.find((s) => s.id === evt)).not.toHaveProperty('pivotal');
    // ext -> hotspot is not allowed; hotspot -> policy is re-inferred as "annotates".
    expect(board.links.map((l) => [l.from, l.kind, l.to])).toEqual(
      expect.arrayContaining([[cmd, 'invokedOn', agg], [evt, 'annotates', pol]]),
    );
    expect(board.links).toHaveLength(2);
    expect(board.slices.find((s) => s.id === slice)?.eventIds).toEqual([]);
    expect(boardProblems(board)).toEqual([]);
  });

  it('does nothing for a sticky a peer deleted', () => {
    const doc = new Y.Doc();
    updateSticky(doc, 'gone', { text: 'x' });
    expect(docToBoard(doc).stickies).toEqual([]);
  });
});

describe('deleteStickies', () => {
  it('removes the stickies with their links, memberships and slice places', () => {
    const doc = new Y.Doc();
    const agg = addSticky(doc, { kind: 'aggregate', position: at(0, 0) });
    const evt = addSticky(doc, { kind: 'event', position: at(0, 0) });
    const evt2 = addSticky(doc, { kind: 'event', position: at(0, 0) });
    addLink(doc, agg, evt);
    addLink(doc, agg, evt2);
    const ctx = addContext(doc, { name: 'C', position: at(0, 0), size: { width: 10, height: 10 }, memberIds: [agg, evt] });
    addSlice(doc, { name: 'S', colour: '#FFA960', eventIds: [evt, evt2] });
    deleteStickies(doc, [evt]);
    const board = docToBoard(doc);
    expect(board.stickies.map((s) => s.id).sort()).toEqual([agg, evt2].sort());
    expect(board.links).toHaveLength(1);
    expect(board.contexts.find((c) => c.id === ctx)?.memberIds).toEqual([agg]);
    expect(board.slices[0]?.eventIds).toEqual([evt2]);
    // The raw document holds no dangling references either.
    const stillThere = JSON.stringify(doc.toJSON());
    expect(stillThere).not.toContain(evt);
  });
});

describe('duplicateStickies', () => {
  it('copies stickies with new ids, an offset, inner links and memberships', () => {
    const doc = boardToDoc(emptyBoard('B'));
    const cmd = addSticky(doc, { kind: 'command', position: at(0, 0), text: 'Do', fields: [] });
    const agg = addSticky(doc, { kind: 'aggregate', position: at(100, 0) });
    const actor = addSticky(doc, { kind: 'actor', position: at(-100, 0) });
    addLink(doc, cmd, agg, { label: 'x' });
    addLink(doc, actor, cmd);
    const ctx = addContext(doc, { name: 'C', position: at(0, 0), size: { width: 10, height: 10 } });
    setMembership(doc, ctx, [cmd], true);
    const copies = duplicateStickies(doc, [cmd, agg, 'gone']);
    expect(copies).toHaveLength(2);
    const board = docToBoard(doc);
    const [cmd2, agg2] = copies;
    expect(board.stickies.find((s) => s.id === cmd2)).toMatchObject({ kind: 'command', text: 'Do', position: at(24, 24), fields: [] });
    expect(board.stickies.find((s) => s.id === agg2)?.position).toEqual(at(124, 24));
    expect(board.links.filter((l) => l.from === cmd2)).toEqual([expect.objectContaining({ to: agg2, kind: 'invokedOn', label: 'x' })]);
    expect(board.links).toHaveLength(3);
    expect(board.contexts[0]?.memberIds.sort()).toEqual([cmd, cmd2].sort());
    expect(boardProblems(board)).toEqual([]);
  });
});
