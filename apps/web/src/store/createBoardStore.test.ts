import { addContext, addLink, addSticky, addSwimlane, deleteStickies, moveStickies, setBoardName, updateSticky } from '@stormscape/model/yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DRAGGED_CLASS } from './buildNodes';
import { createBoardStore, markOwnDragWrite } from './createBoardStore';

const setup = () => {
  const doc = new Y.Doc();
  const board = createBoardStore(doc, { readOnly: false });
  return { doc, board, state: () => board.store.getState() };
};

describe('createBoardStore', () => {
  it('mirrors stickies, links, contexts, lanes and the name from the document', () => {
    const { doc, state } = setup();
    const a = addSticky(doc, { kind: 'command', position: { x: 0, y: 0 }, text: 'Place Order' });
    const b = addSticky(doc, { kind: 'aggregate', position: { x: 300, y: 0 }, text: 'Order' });
    const link = addLink(doc, a, b);
    const ctx = addContext(doc, { name: 'Ordering', position: { x: -50, y: -50 }, size: { width: 700, height: 300 }, memberIds: [a, b] });
    addSwimlane(doc, { name: 'Customers', y: 0, height: 200 });
    setBoardName(doc, 'Shop');
    expect(state().name).toBe('Shop');
    expect(state().stickies.get(a)?.text).toBe('Place Order');
    expect(state().edges.map((e) => e.id)).toEqual([link.ok ? link.id : '']);
    expect(state().contextOf.get(b)).toBe(ctx);
    expect(state().swimlanes.size).toBe(1);
    expect(state().nodes.map((n) => n.type)).toEqual(['context', 'sticky', 'sticky']);
  });

  it('rebuilds only the nodes a change touched (others keep their identity)', () => {
    const { doc, state } = setup();
    const ids = [0, 1, 2].map((i) => addSticky(doc, { kind: 'event', position: { x: i * 200, y: 0 } }));
    const before = new Map(state().nodes.map((n) => [n.id, n]));
    moveStickies(doc, [{ id: ids[1]!, position: { x: 999, y: 5 } }]);
    const after = new Map(state().nodes.map((n) => [n.id, n]));
    expect(after.get(ids[0]!)).toBe(before.get(ids[0]!));
    expect(after.get(ids[2]!)).toBe(before.get(ids[2]!));
    expect(after.get(ids[1]!)).not.toBe(before.get(ids[1]!));
    expect(after.get(ids[1]!)?.position).toEqual({ x: 999, y: 5 });
  });

  it('drops deleted stickies with their links and selection', () => {
    const { doc, board, state } = setup();
    const a = addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
    const p = addSticky(doc, { kind: 'policy', position: { x: 200, y: 0 } });
    addLink(doc, a, p);
    board.setSelection([a, p]);
    deleteStickies(doc, [a]);
    expect(state().stickies.has(a)).toBe(false);
    expect(state().edges).toHaveLength(0);
    expect([...state().selected]).toEqual([p]);
  });

  it('applies overlays (drag previews) over stored positions until cleared', () => {
    const { doc, board, state } = setup();
    const a = addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
    board.setOverlay([[a, { position: { x: 50, y: 60 } }]]);
    expect(state().nodes[0]?.position).toEqual({ x: 50, y: 60 });
    expect(state().stickies.get(a)?.position).toEqual({ x: 0, y: 0 });
    updateSticky(doc, a, { text: 'still dragging' });
    expect(state().nodes[0]?.position).toEqual({ x: 50, y: 60 });
    // Dragged above the other stickies (hit-tested first) on a layer of its own, back in
    // place on release.
    expect(state().nodes[0]?.zIndex).toBe(2);
    expect(state().nodes[0]?.className).toBe(DRAGGED_CLASS);
    board.setOverlay([[a, undefined]]);
    expect(state().nodes[0]?.position).toEqual({ x: 0, y: 0 });
    expect(state().nodes[0]?.zIndex).toBe(1);
    expect(state().nodes[0]?.className).toBeUndefined();
  });

  it('marks selected nodes and publishes only for board records', () => {
    const { doc, board, state } = setup();
    const a = addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
    board.setSelection([a]);
    expect(state().nodes[0]?.selected).toBe(true);
    const revision = state().revision;
    doc.getMap('facilitation').set('phase', 'design');
    expect(state().revision).toBe(revision);
  });

  it('keeps the revision through drag previews and selection (they are not records)', () => {
    const { doc, board, state } = setup();
    const a = addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
    const revision = state().revision;
    board.setOverlay([[a, { position: { x: 50, y: 60 } }]]);
    board.setSelection([a]);
    expect(state().nodes[0]).toMatchObject({ position: { x: 50, y: 60 }, selected: true });
    expect(state().revision).toBe(revision);
    updateSticky(doc, a, { text: 'moved' });
    expect(state().revision).toBe(revision + 1);
  });

  it('records its own drag writes without re-rendering what the overlay shows; the release and remote drags re-render', () => {
    const { doc, board, state } = setup();
    const a = addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
    const b = addSticky(doc, { kind: 'event', position: { x: 300, y: 0 } });
    board.setOverlay([[a, { position: { x: 50, y: 60 } }]]);
    const node = state().nodes.find((n) => n.id === a);
    const { revision, nodes } = state();
    doc.transact((tr) => {
      markOwnDragWrite(tr);
      moveStickies(doc, [{ id: a, position: { x: 50, y: 60 } }]);
    });
    expect(state().stickies.get(a)?.position).toEqual({ x: 50, y: 60 });
    expect(state().nodes).toBe(nodes);
    expect(state().nodes.find((n) => n.id === a)).toBe(node);
    expect(state().revision).toBe(revision);

    // The release writes unmarked: records changed, the revision says so.
    moveStickies(doc, [{ id: a, position: { x: 52, y: 60 } }]);
    expect(state().revision).toBe(revision + 1);

    // Another user's drag (their marks never travel) moves the sticky here at once.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.transact((tr) => {
      markOwnDragWrite(tr);
      moveStickies(remote, [{ id: b, position: { x: 400, y: 40 } }]);
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    expect(state().nodes.find((n) => n.id === b)?.position).toEqual({ x: 400, y: 40 });
    expect(state().revision).toBe(revision + 2);
  });

  it('stops following the document after destroy', () => {
    const { doc, board, state } = setup();
    board.destroy();
    addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
    expect(state().stickies.size).toBe(0);
  });
});
