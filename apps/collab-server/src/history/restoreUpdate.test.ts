import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyBoard } from '@stormscape/model';
import { addSticky, boardToDoc, deleteStickies, docToBoard, placeDot, readFacilitation, readVotes, setFacilitator, setPhase, startSharedTimer, updateSticky } from '@stormscape/model/yjs';
import { restoreUpdate } from './restoreUpdate';

const texts = (doc: Y.Doc) => docToBoard(doc).stickies.map((s) => s.text).sort();

/** A sticky typed in key by key, as the web app writes it. */
function type(doc: Y.Doc, text: string): string {
  const id = addSticky(doc, { kind: 'event', position: { x: 0, y: 0 } });
  for (let i = 1; i <= text.length; i++) updateSticky(doc, id, { text: text.slice(0, i) });
  return id;
}

describe('restoreUpdate', () => {
  it('brings a compacted current document back to the version as one update: later stickies go, deleted ones return, with only root keys changed since', () => {
    const live = boardToDoc(emptyBoard('History'));
    const placed = type(live, 'Order Placed');
    type(live, 'Order Paid');
    const version = Y.encodeStateAsUpdate(live);
    type(live, 'Refund Issued');
    deleteStickies(live, [placed]);
    // Only changes of root keys since the version (no nested type that existed before changed).
    // The server only has the stored (garbage-collected) state, decoded into untyped roots.
    const update = restoreUpdate([Y.encodeStateAsUpdate(live)], version);
    expect(update).not.toBeNull();
    Y.applyUpdate(live, update!);
    expect(texts(live)).toEqual(['Order Paid', 'Order Placed']);
  });

  it('returns null when nothing happened since the version', () => {
    const live = boardToDoc(emptyBoard('History'));
    type(live, 'Order Placed');
    const version = Y.encodeStateAsUpdate(live);
    expect(restoreUpdate([version], version)).toBeNull();
  });

  it('restores the board content only: the step, facilitator, timer and votes in progress stay as they are now', () => {
    const live = boardToDoc(emptyBoard('History'));
    const placed = type(live, 'Order Placed');
    setPhase(live, 'bigPicture');
    const version = Y.encodeStateAsUpdate(live);
    type(live, 'Refund Issued');
    setFacilitator(live, 'p-ana', undefined, 'Ana', 'process');
    startSharedTimer(live, 1_000);
    placeDot(live, 'p-ben', placed);
    const session = { facilitation: readFacilitation(live), votes: readVotes(live) };
    expect(session.facilitation.phase).toBe('process');

    Y.applyUpdate(live, restoreUpdate([Y.encodeStateAsUpdate(live)], version)!);
    expect(texts(live)).toEqual(['Order Placed']);
    expect({ facilitation: readFacilitation(live), votes: readVotes(live) }).toEqual(session);
  });
});
