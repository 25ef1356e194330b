import * as Y from 'yjs';
import type { Board } from '../schema/Board';
import { BOARD_KEYS, boardMaps, YJS_LAYOUT_VERSION } from './layout';
import { putContext, putPlain, putSticky, transact, wellFormed } from './write';

/**
 * Writes `board` into `doc` (a new Y.Doc by default) in one transaction, replacing
 * whatever the document held. The board is trusted to be valid (parse files with
 * `parseBoardFile` first). Returns the document.
 */
export function boardToDoc(board: Board, doc: Y.Doc = new Y.Doc(), origin?: unknown): Y.Doc {
  const maps = boardMaps(doc);
  transact(doc, origin, () => {
    for (const map of Object.values(maps)) map.clear();
    maps.board.set(BOARD_KEYS.name, wellFormed(board.name));
    maps.board.set(BOARD_KEYS.layoutVersion, YJS_LAYOUT_VERSION);
    for (const s of board.stickies) putSticky(maps.stickies, s);
    for (const l of board.links) putPlain(maps.links, l);
    for (const c of board.contexts) putContext(maps.contexts, c);
    for (const g of board.goals) putPlain(maps.goals, g);
    for (const l of board.swimlanes) putPlain(maps.swimlanes, l);
    for (const s of board.slices) putPlain(maps.slices, s);
    for (const r of board.relationships) putPlain(maps.relationships, r);
    for (const [id, p] of Object.entries(board.boris.nodePositions)) maps.borisNodePositions.set(wellFormed(id), { x: p.x, y: p.y });
    for (const id of board.boris.hiddenEdgeIds) maps.borisHiddenEdges.set(wellFormed(id), true);
    for (const e of board.boris.addedEdges) putPlain(maps.borisAddedEdges, e);
    for (const [id, note] of Object.entries(board.boris.notes)) maps.borisNotes.set(wellFormed(id), wellFormed(note));
    for (const [id, mode] of Object.entries(board.boris.edgeModes ?? {})) maps.borisEdgeModes.set(wellFormed(id), mode);
    for (const e of board.snap.manualEntries) putPlain(maps.snapManual, e);
    for (const id of board.snap.dismissedIds) maps.snapDismissed.set(wellFormed(id), true);
  });
  return doc;
}
