import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addContext } from './contexts';
import { docToBoard } from './docToBoard';
import { boardMaps } from './layout';
import { addLink } from './links';
import { addSticky, deleteStickies, moveStickies } from './stickies';

const ME = { user: 'me' };

function undoable() {
  const doc = new Y.Doc();
  const m = boardMaps(doc);
  const undo = new Y.UndoManager(Object.values(m), { trackedOrigins: new Set([ME]), captureTimeout: 0 });
  return { doc, undo };
}

describe('undo with Y.UndoManager and an origin', () => {
  it('undoes and redoes a delete with its links and memberships', () => {
    const { doc, undo } = undoable();
    const agg = addSticky(doc, { kind: 'aggregate', position: { x: 0, y: 0 } }, ME);
    const evt = addSticky(doc, { kind: 'event', position: { x: 1, y: 0 } }, ME);
    addLink(doc, agg, evt, {}, ME);
    addContext(doc, { name: 'C', position: { x: 0, y: 0 }, size: { width: 9, height: 9 }, memberIds: [agg, evt] }, ME);
    const before = docToBoard(doc);
    deleteStickies(doc, [evt], ME);
    expect(docToBoard(doc).links).toEqual([]);
    undo.undo();
    expect(docToBoard(doc)).toEqual(before);
    undo.redo();
    expect(docToBoard(doc).stickies.map((s) => s.id)).toEqual([agg]);
  });

  it('folds a drag into one step (captureTimeout) and leaves other origins alone', () => {
    const doc = new Y.Doc();
    const id = addSticky(doc, { kind: 'note', position: { x: 0, y: 0 } }, 'seed');
    const other = addSticky(doc, { kind: 'note', position: { x: 0, y: 0 } }, 'seed');
    const undo = new Y.UndoManager(Object.values(boardMaps(doc)), { trackedOrigins: new Set([ME]), captureTimeout: 60_000 });
    for (let f = 1; f <= 30; f++) moveStickies(doc, [{ id, position: { x: f, y: f } }], ME);
    moveStickies(doc, [{ id: other, position: { x: 5, y: 5 } }], 'remote');
    undo.undo();
    const board = docToBoard(doc);
    expect(board.stickies.find((s) => s.id === id)?.position).toEqual({ x: 0, y: 0 });
    expect(board.stickies.find((s) => s.id === other)?.position).toEqual({ x: 5, y: 5 });
    expect(undo.undoStack).toHaveLength(0);
  });
});
